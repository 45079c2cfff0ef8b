# ====================================================================== driver

class NumIds(dict):
    def __init__(self, builder):
        super().__init__(builder.numids)
        self.builder = builder

    def __missing__(self, key):
        which = 2 if key.startswith("dec:") else 3
        self.builder.add_num(key, which)
        self[key] = self.builder.numids[key]
        return self[key]


def render_doc(spec_fn, v, path):
    spec = spec_fn(v)
    db = DocBuilder()
    if spec["comments"]:
        db.add_comments(spec["comments"])
    r = Renderer(NumIds(db))
    db.body_append([r.block(b) for b in spec["blocks"]])
    # header: classification marking (a drop-down bound to nothing, as in the template)
    sec = db.doc.sections[0]
    klass = spec["classification"]
    if spec.get("header_static"):
        hp = P([T(klass)], style="ClassificationMarking")
    else:
        hp = P([Ctl("drop", "Classification marking", klass, CLASS_ITEMS)], style="ClassificationMarking")
    db.set_part_paras(sec.header, r.para(hp))
    fp1 = P([T(klass, b=True)], style="Footer", jc="center")
    fp2 = P([spec["footer"], Tab(), Tab(), "Page ", Fld(" PAGE ", "1"), " of ", Fld(" NUMPAGES ", "1")],
            style="Footer")
    db.set_part_paras(sec.footer, r.para(fp1) + r.para(fp2))
    cp = db.doc.core_properties
    cp.title = spec["file_title"]
    cp.subject = spec["subject"]
    cp.author = spec["author"]
    cp.last_modified_by = spec["last_by"]
    cp.keywords = spec["keywords"]
    cp.category = "Information sharing protocol"
    cp.comments = ""
    cp.revision = 7 if v.get("tracked") else 4
    cp.created = dt.datetime.fromisoformat(spec["created"].replace("Z", "+00:00")).replace(tzinfo=None)
    cp.modified = dt.datetime.fromisoformat(spec["modified"].replace("Z", "+00:00")).replace(tzinfo=None)
    if v.get("tracked"):
        db.track_revisions()
    if spec.get("custom"):
        db.custom_property(*spec["custom"])
    db.save(path)
    return r.revisions


FILES = [
    # name, builder, variant, truth
    ("clean-01-family-harm-safety-table.docx", "base_a", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Accepted and cleaned family harm safety table: six agencies incl. kaupapa Māori and NGO "
               "providers, three purposes each with a row in a Purpose | Authority table, SENSITIVE chosen "
               "in the body and header drop-downs, controls in Requirements/Restrictions lists, breach "
               "contact in filled controls, 12-month review owned by Police, signed March-April 2026.")),
    ("clean-02-rangatahi-panel.docx", "base_b", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Youth offending panel led by Oranga Tamariki; 'NZ Police' in the attending list signs as "
               "'New Zealand Police' in a single signature table; controls in a table; includes a sentence "
               "forbidding just-in-case keeping and relationship managers meeting yearly (not a review period); "
               "24-month review from June 2025.")),
    ("clean-03-school-attendance-hui.docx", "base_c", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Single purpose of sharing with two alternative authorities listed in the legal authority "
               "section; classification drop-down on its own line plus an explanatory sentence about the "
               "IN-CONFIDENCE minimum; controls as a numbered list; 18-month review from February 2026.")),
    ("clean-04-elder-abuse-response.docx", "base_d", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Purposes point at labelled authorities ('see authorities A and C') in a Label | Authority "
               "table; breach contact written inline in a sentence made of filled plain-text controls; "
               "renamed 'Review of this protocol' heading; 12-month review from June 2026.")),
    ("clean-05-reintegration-panel.docx", "base_e", {},
     dict(kind="clean", expect=[], tolerate=[],
          note="Four purposes covered by 'Purposes 1 and 2' / 'Purpose 3' / 'Purpose 4' authority rows; "
               "SENSITIVE in body, header, footer and a Classification custom document property; renamed "
               "headings ('How information is shared', 'Minimum security controls'); 24-month review "
               "from November 2025.")),
    ("defect-isp101-attendance-conflicts-deleted.docx", "base_c", dict(tracked=True, d01_noconflicts=True),
     dict(kind="defect",
          expect=[{"rule": "ISP101", "data": {"section": "conflicts-of-interest"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="Review draft in which an MSD lawyer has deleted the whole 'Managing conflicts of interest' "
               "section (heading and bullets) as a tracked deletion, with a comment; accepted text has no "
               "such section. Other tracked changes only rename headings.")),
    ("defect-isp301-safety-table-clinical-records.docx", "base_a", dict(tracked=True, d02_purpose4=True),
     dict(kind="defect",
          expect=[{"rule": "ISP301", "data_contains": {"purpose": "clinical records"}}, {"rule": "ISP202"}],
          tolerate=[],
          note="A Health NZ reviewer adds a fourth purpose of sharing as a tracked insertion; the Purpose | "
               "Legal authority table still has rows for purposes 1-3 only.")),
    ("defect-isp703-reintegration-kainga-ora-block-deleted.docx", "base_e", dict(tracked=True, d03_nokainga=True),
     dict(kind="defect",
          expect=[{"rule": "ISP703", "data": {"agency": "Kāinga Ora – Homes and Communities"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="Kāinga Ora's whole signature block (its filled agency, name, role and date controls) is "
               "removed by tracked row deletions with a comment, while Kāinga Ora stays in the attending "
               "agencies table.")),
    ("defect-isp702-rangatahi-role-blank.docx", "base_b", dict(d04_role=True),
     dict(kind="defect",
          expect=[{"rule": "ISP702", "data": {"agency": "Ministry of Education", "missing": ["role"]}},
                  {"rule": "ISP201", "data": {"text": "Click or tap here to enter text."}}],
          tolerate=[],
          note="In the signature table the Ministry of Education row has a name and date but its Position "
               "plain-text control still shows its placeholder.")),
    ("defect-isp451-elder-abuse-virtual-deleted.docx", "base_d", dict(tracked=True, d05_novirtual=True),
     dict(kind="defect",
          expect=[{"rule": "ISP451", "data": {"control": "virtual-meeting"}},
                  {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="The virtual-meeting restriction (no chat, recording or screenshots) is struck out by a "
               "Police reviewer as a tracked deletion with a comment; the meeting can still be held by "
               "video call.")),
    ("defect-isp501-attendance-breach-contact-blank.docx", "base_c", dict(d06_nobreach=True),
     dict(kind="defect",
          expect=[{"rule": "ISP501"},
                  {"rule": "ISP201", "data": {"text": "Click or tap here to enter text."}}],
          tolerate=[],
          note="Signed version whose breach section keeps the standard clauses but whose designated breach "
               "contact table (role, agency, email, phone) is four unfilled plain-text controls.")),
    ("defect-isp602-reintegration-36-months.docx", "base_e", dict(tracked=True, d07_36=True),
     dict(kind="defect",
          expect=[{"rule": "ISP602", "data": {"months": 36}}, {"rule": "ISP202"}],
          tolerate=[],
          note="The review-period drop-down is changed from 24 months to 36 months with Track Changes on "
               "(w:del/w:ins inside the content control); accepted text reads 'every 36 months'.")),
    ("defect-isp402-rangatahi-unclassified.docx", "base_b", dict(d08_unclass=True),
     dict(kind="defect",
          expect=[{"rule": "ISP402", "data": {"classification": "UNCLASSIFIED"}}],
          tolerate=[],
          note="The classification drop-down (and the header marking drop-down, consistently) is set to "
               "UNCLASSIFIED on the reasoning that the agenda uses initials.")),
    ("defect-isp801-elder-abuse-future-reference.docx", "base_d", dict(tracked=True, d09_jic=True),
     dict(kind="defect",
          expect=[{"rule": "ISP801"}, {"rule": "ISP202"}],
          tolerate=[],
          note="An NGO reviewer's tracked insertion in the retention section lets each agency keep the full "
               "case summary 'for future reference, in case the older person is referred again'.")),
    ("defect-isp305-safety-table-protocol-authorises.docx", "base_a", dict(tracked=True, d10_claim=True),
     dict(kind="defect",
          expect=[{"rule": "ISP305"}, {"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 1}}],
          tolerate=[],
          note="In the legal authority section a reviewer replaces 'This protocol does not itself authorise "
               "any sharing...' with 'Once signed, this protocol gives each attending agency the authority "
               "to share...' as a tracked change; Police legal's comment asks for it to be rejected.")),
    ("defect-isp204-reintegration-guidance-left.docx", "base_e", dict(d11_guidance=True),
     dict(kind="defect",
          expect=[{"rule": "ISP204", "data_contains": {"text": "Add any further controls"}}],
          tolerate=[],
          note="Final version in which one grey 'Template guidance' paragraph ('Add any further controls ... "
               "Delete this guidance text before the protocol is finalised.') survives under the security "
               "controls heading.")),
    ("legacy-hutt-housing-mental-health-2019.docx", "legacy_hutt", dict(tracked=True),
     dict(kind="legacy",
          expect=[{"rule": "ISP303", "data_contains": {"authority": "Health Information Privacy Code"}},
                  {"rule": "ISP604", "data": {"due": "2021-09-02"}},
                  {"rule": "ISP102", "data": {"section": "security-classification"}},
                  {"rule": "ISP201", "data": {"text": "Choose an item."}},
                  {"rule": "ISP703", "data": {"agency": "Health New Zealand – Te Whatu Ora"}},
                  {"rule": "ISP202"},
                  {"rule": "ISP203", "data": {"count": 2}}],
          tolerate=["ISP401", "ISP302"],
          note="2019 protocol in its 2026 review: Privacy Act 1993 citations are replaced by tracked changes "
               "but the Health Information Privacy Code 1994 is not; the classification sentence is replaced "
               "by an unfilled drop-down; the DHB is renamed Health NZ in the attending list only (signatures "
               "are still the 2019 DHB ones); two-yearly review from the 2 September 2019 approval is overdue.")),
    ("trap-waikato-mental-health-resolved-in-revisions.docx", "trap_waikato", dict(tracked=True),
     dict(kind="trap",
          expect=[{"rule": "ISP202"}, {"rule": "ISP203", "data": {"count": 2}}],
          tolerate=[],
          note="Every problem is fixed only inside tracked changes: a purpose without authority is deleted, "
               "UNCLASSIFIED becomes IN-CONFIDENCE and 36 months becomes 24 months inside drop-downs, a "
               "'for future reference' sentence is deleted and the breach contact row is inserted; the "
               "accepted text is compliant, so only the open revisions and comments remain.")),
]


def main():
    builders = dict(base_a=base_a, base_b=base_b, base_c=base_c, base_d=base_d, base_e=base_e,
                    legacy_hutt=legacy_hutt, trap_waikato=trap_waikato)
    truth = {"as_of": "2026-11-24",
             "style": "Government template with content controls (drop-downs, date pickers, plain-text "
                      "agency names) negotiated between agencies' legal and privacy teams: clean files are "
                      "the accepted-and-cleaned versions, defect and trap files carry named reviewers' "
                      "tracked changes, Word comments and unfilled controls.",
             "files": {}}
    for name, b, v, t in FILES:
        render_doc(builders[b], v, os.path.join(OUT, name))
        truth["files"][name] = t
    with open(os.path.join(OUT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"built {len(FILES)} documents in {OUT}")


if __name__ == "__main__":
    main()
