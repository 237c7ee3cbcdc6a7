#!/usr/bin/env python3
"""Copy the shared requirement definitions into every bundled checklist template.

    python scripts/sync_requirements.py [--check]

``resources/checklists/shared/requirements.yaml`` holds one definition per requirement id. A full entry
(with ``elements``) replaces the requirement of that id in every template that carries it; a short entry
(``to``/``question``/``gap`` only) sets those keys. With ``--check`` nothing is written and the exit status
is 1 when a template differs from the shared definitions (the tests run the same comparison).
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "checklists"
LIBRARY = FOLDER / "shared" / "requirements.yaml"
KEY_ORDER = ("id", "category", "label", "elements", "query", "to", "question", "gap")


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    return y


def library() -> dict[str, dict]:
    doc = _yaml().load(LIBRARY.read_text(encoding="utf-8"))
    return {str(r["id"]): r for r in doc["requirements"]}


def _plain_comments(obj):
    """The copy without comments (ruamel attaches a comment to the key before it, which would move it)."""
    if hasattr(obj, "ca"):
        obj.ca.items.clear()
        obj.ca.comment = None
    for v in (obj.values() if isinstance(obj, dict) else obj if isinstance(obj, list) else ()):
        _plain_comments(v)
    return obj


def synced(text: str, lib: dict[str, dict]) -> str:
    y = _yaml()
    doc = y.load(text)
    reqs = doc.get("requirements") or []
    for i, req in enumerate(reqs):
        shared = lib.get(str(req["id"]))
        if shared is None:
            continue
        if "elements" in shared:
            new = _plain_comments(copy.deepcopy(shared))
        else:
            new = req
            for k in ("to", "question", "gap"):
                if k in shared:
                    new[k] = copy.deepcopy(shared[k])
                    if hasattr(new, "ca"):
                        new.ca.items.pop(k, None)
        reqs[i] = new
    buf = io.StringIO()
    y.dump(doc, buf)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report templates that differ")
    args = ap.parse_args(argv)
    lib = library()
    differ = []
    for path in sorted(FOLDER.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        new = synced(text, lib)
        if new != text:
            differ.append(path.name)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    verb = "differ from" if args.check else "updated from"
    print(f"{len(differ)} template(s) {verb} the shared definitions" + (f": {', '.join(differ)}" if differ else ""))
    return 1 if args.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
