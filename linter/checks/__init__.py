"""Check kinds: generic checks that rules in a pack configure.

Each module in this package is one kind.  It declares ``KIND`` (the name a
pack's ``kind = "..."`` uses), ``PARAMS`` (parameter name to type; a type of
``(list, str)`` means a list of strings), ``DEFAULTS``, and
``check(facts, rule)``, a generator of findings.  It may declare
``validate(pack, rule)`` returning a problem string for pack-level checks
(a parameter naming a section the pack does not have, say).  A kind reads
facts, never XML, never the command line.

Kinds are found by scanning this package, so adding one is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType


@lru_cache(maxsize=1)
def kinds() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        kind = getattr(module, "KIND", None)
        if kind:
            if kind in found:
                raise RuntimeError(f"check kind {kind} is defined twice")
            found[kind] = module
    return found


def get_kind(name: str) -> ModuleType:
    return kinds()[name]
