"""Which heading is which section: an alignment of the document's headings to the template.

Headings usually come in the template's order.  Each heading has a score
for every section it could be (see :mod:`linter.section_model`); the
alignment chooses, for all headings at once, the assignment with the
greatest total gain, where

* assigning heading *i* to section *s* gains ``score(i, s) - threshold(i)``
  (a heading may also be left unassigned, gaining nothing);
* a section that comes before the one assigned just above it (out of the
  template's order) costs ``order_penalty``, except in schedules and
  annexes, which may come in any order; the same section again right after
  itself costs ``repeat_penalty`` (less than a new section gains), except
  in schedules and annexes (a clause and its annex);
* a heading read as two sections joined ("Security classification and
  controls") costs ``pair_penalty`` more; when the document has already
  passed the first of the two, the heading is the second alone (at the
  same cost); the headings after a joined one may go on from either of
  its two sections when it says it joins them ("Why we share, and the law
  that allows it" then "What we share", which the template puts between
  the two);
* a heading set aside from the run of sections (a row of a key-facts box
  at the front: "Classification", "Next review") may be any section and
  leaves the order where it was.

So an ambiguous heading ("Purpose" between "Attending agencies" and "Why
we share information") is decided by its neighbours, as in sequence
alignment.  Dynamic programming over (heading, template position of the
last assigned heading): O(headings x sections x choices).  One section out
of place (an approval page at the front) costs one penalty, not one for
every section after it; nor does one section moved ahead of its place (the
headings after it are read from where they were, as if it had not been there).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    keys: tuple[str, ...]  # one section, or two joined
    score: float
    joins: bool = False  # two sections the heading itself joins ("Why we share, and the law that allows it")


@dataclass(frozen=True)
class Slot:
    """One heading to place."""

    options: tuple[Option, ...]
    threshold: float
    annex: bool = False
    may_repeat: bool = True  # may be the same section as the heading before it (a bold label may not:
    # it would only cut the section it belongs to)
    may_disorder: bool = True  # may be a section out of the template's order (a run-in label may not)
    aside: bool = False  # outside the run of sections (a key-facts box): any order, and the headings
    # after it are read from where they were


@dataclass(frozen=True)
class Placed:
    option: Option | None
    in_order: bool = True


def align(slots: list[Slot], order: dict[str, int], order_penalty: float, pair_penalty: float,
          repeat_penalty: float = 0.0) -> list[Placed]:
    """``order`` gives each section's step in the template; the sections of one step may come in
    either order (they are listed in the template's order)."""
    keys = sorted(order, key=lambda k: order[k])
    pos = {k: i for i, k in enumerate(keys)}  # the position of each section
    step = [order[k] for k in keys]
    n = len(keys)
    NEG = float("-inf")
    # A state is (the template position of the last assigned heading, -1 for none yet; whether the
    # sections of its step that come before it in the template have been placed, before or after
    # it), as index 2 * (position + 1) + flag.  best[state] = the greatest gain after the headings so far.
    n_states = 2 * (n + 1)
    best: list[float] = [0.0] + [NEG] * (n_states - 1)
    history: list[list[tuple[int, Placed]]] = []
    for index, slot in enumerate(slots):
        earlier = 1e-6 * (len(slots) - index)  # on a tie, the earlier heading of a run is the section
        nxt = [NEG] * n_states
        back: list[tuple[int, Placed]] = [(-1, Placed(None))] * n_states

        def offer(state: int, total: float, came: int, placed: Placed) -> None:
            if total > nxt[state] + 1e-12:
                nxt[state], back[state] = total, (came, placed)

        for state, total in enumerate(best):
            if total == NEG:
                continue
            previous, filled = state // 2 - 1, bool(state % 2)
            offer(state, total, state, Placed(None))  # leave the heading unassigned
            for opt in slot.options:
                gain = opt.score - slot.threshold - (pair_penalty if len(opt.keys) > 1 else 0.0)
                if gain <= 0:
                    continue
                gain += earlier
                first, last = pos[opt.keys[0]], pos[opt.keys[-1]]
                if slot.aside:  # any section, and the order stays where it was
                    offer(state, total + gain, state, Placed(opt, True))
                    continue
                if len(opt.keys) > 1 and first < previous < last and not slot.annex:
                    # a joined heading whose first section the document has passed ("What members may
                    # share" after the members' list and the purposes) is the section still ahead
                    opt = Option(opt.keys[-1:], opt.score)
                    first = last
                in_order = True
                # the flag: a section of this step that comes before it has been placed already
                new_state = 2 * (last + 1) + int(0 <= previous < first and step[previous] == step[first])
                back_in_step = (0 <= first < previous and step[first] == step[previous] and not filled
                                and len(opt.keys) == 1)
                if back_in_step:  # the other section of a step written either way round
                    new_state = 2 * (previous + 1) + 1
                elif first < previous or (first == previous and len(opt.keys) > 1):
                    if not slot.may_disorder and not slot.annex:
                        continue
                    gain -= 0.0 if slot.annex else order_penalty
                    in_order = slot.annex
                elif first == previous and not slot.annex:
                    if not slot.may_repeat:
                        continue
                    gain -= repeat_penalty
                    new_state = state
                if gain <= 0:
                    continue
                offer(new_state, total + gain, state, Placed(opt, in_order))
                if opt.joins and in_order and first > previous and not slot.annex:
                    # or the document goes on from the joined heading's first section: the sections
                    # between the two ("What we share" after "Why we share, and the law") are still ahead
                    offer(2 * (first + 1) + int(0 <= previous < first and step[previous] == step[first]),
                          total + gain, state, Placed(opt, True))
                # or the heading is out of place on its own (a section moved ahead of the ones it should
                # follow): it costs one penalty and the headings after it go on from where they were
                if in_order and not back_in_step and last > previous and not slot.annex and slot.may_disorder:
                    stay = gain - order_penalty
                    if stay > 0:
                        offer(state, total + stay, state, Placed(opt, False))
        history.append(back)
        best = nxt
    # trace back from the best final state
    state = max(range(n_states), key=lambda s: (best[s], -s))
    placed: list[Placed] = []
    for back in reversed(history):
        prev, p = back[state]
        placed.append(p)
        state = prev
    placed.reverse()
    return placed
