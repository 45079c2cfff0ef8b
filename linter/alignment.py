"""Which heading is which section: an alignment of the document's headings to the template.

Headings usually come in the template's order.  Each heading has a score
for every section it could be (see :mod:`linter.section_model`); the
alignment chooses, for all headings at once, the assignment with the
greatest total gain, where

* assigning heading *i* to section *s* gains ``score(i, s) - threshold(i)``
  (a heading may also be left unassigned, gaining nothing);
* a section that comes before one already assigned (out of the template's
  order) costs ``order_penalty``, except in schedules and annexes, which
  may come in any order;
* a heading read as two sections joined ("Security classification and
  controls") costs ``pair_penalty`` more.

So an ambiguous heading ("Purpose" between "Attending agencies" and "Why
we share information") is decided by its neighbours, as in sequence
alignment.  Dynamic programming over (heading, furthest template position
so far): O(headings x sections x choices).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    keys: tuple[str, ...]  # one section, or two joined
    score: float


@dataclass(frozen=True)
class Slot:
    """One heading to place."""

    options: tuple[Option, ...]
    threshold: float
    annex: bool = False


@dataclass(frozen=True)
class Placed:
    option: Option | None
    in_order: bool = True


def align(slots: list[Slot], order: dict[str, int], order_penalty: float, pair_penalty: float) -> list[Placed]:
    n_sections = len(order)
    NEG = float("-inf")
    # best[k + 1] = (gain, back) after the headings so far, furthest template position k (-1: none yet)
    best: list[float] = [0.0] + [NEG] * n_sections
    history: list[list[tuple[int, Placed]]] = []
    for slot in slots:
        nxt = [NEG] * (n_sections + 1)
        back: list[tuple[int, Placed]] = [(-1, Placed(None))] * (n_sections + 1)
        for state, total in enumerate(best):
            if total == NEG:
                continue
            furthest = state - 1
            # leave the heading unassigned
            if total > nxt[state]:
                nxt[state], back[state] = total, (state, Placed(None))
            for opt in slot.options:
                gain = opt.score - slot.threshold - (pair_penalty if len(opt.keys) > 1 else 0.0)
                if gain <= 0:
                    continue
                first, last = order[opt.keys[0]], order[opt.keys[-1]]
                if first > furthest:
                    new_state, in_order = last + 1, True
                else:
                    gain -= 0.0 if slot.annex else order_penalty
                    new_state, in_order = state, slot.annex
                if gain <= 0:
                    continue
                if total + gain > nxt[new_state] + 1e-12:
                    nxt[new_state], back[new_state] = total + gain, (state, Placed(opt, in_order))
        history.append(back)
        best = nxt
    # trace back from the best final state
    state = max(range(len(best)), key=lambda s: (best[s], -s))
    placed: list[Placed] = []
    for back in reversed(history):
        prev, p = back[state]
        placed.append(p)
        state = prev
    placed.reverse()
    return placed
