"""``srscheck templates list | show CODE | validate [PATH] | edit CODE | reset CODE``.

Registered by :mod:`srscheck.cli` (``register(sub)``). Errors are :class:`srscheck.messages.SrsError`s,
so the front door prints one sentence and exits with their status (5 for a template problem).
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

from srscheck.core.messages import TemplateError, UsageError

from .schema import Problem, validate_text
from .templates import TemplateStore, default_store, template_files


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("templates", help="list, show, validate, edit or reset the checklist templates",
                       description="Manage the checklist templates (one YAML file per billing code). "
                                   "A user copy overrides the bundled template.")
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION")
    tsub.required = True
    tsub.add_parser("list", help="list every template with its origin (bundled or user)").set_defaults(
        func=_run_list)
    s = tsub.add_parser("show", help="print the template in use for a code")
    s.add_argument("code")
    s.set_defaults(func=_run_show)
    v = tsub.add_parser("validate", help="check templates; exit 5 with file:line messages when one is broken")
    v.add_argument("path", nargs="?", default=None,
                   help="a folder of templates or one template file (default: bundled and user templates)")
    v.set_defaults(func=_run_validate)
    e = tsub.add_parser("edit", help="copy the template into your user folder and edit it in $VISUAL/$EDITOR "
                                      "(saved only if valid)")
    e.add_argument("code")
    e.add_argument("--editor", default=None, help="editor command (default: $VISUAL, $EDITOR, then vi)")
    e.add_argument("--no-editor", action="store_true",
                   help="only make the user copy and print its path (the default without a terminal)")
    e.set_defaults(func=_run_edit)
    r = tsub.add_parser("reset", help="remove the user copy so the bundled template is used again")
    r.add_argument("code")
    r.set_defaults(func=_run_reset)


def _store() -> TemplateStore:
    return default_store()


def _code(store: TemplateStore, raw: str) -> str:
    code = raw.strip().upper()
    if code not in store.codes():
        raise UsageError("E020", code=raw)
    return code


def _run_list(args: argparse.Namespace) -> int:
    store = _store()
    for info in store.list():
        what = info.title if info.valid else f"BROKEN: {info.problems[0]}"
        sys.stdout.write(f"{info.code:6} {info.origin:7} {what}\n")
    if store.user is not None:
        sys.stdout.write(f"user folder: {store.user}\n")
    return 0


def _run_show(args: argparse.Namespace) -> int:
    store = _store()
    sys.stdout.write(store.load_text(_code(store, args.code)))
    return 0


def _files(path: Path | None, store: TemplateStore) -> list[Path]:
    if path is None:
        folders = [store.bundled] + ([store.user] if store.user is not None and store.user.is_dir() else [])
        return [f for d in folders for f in template_files(d)]
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise TemplateError("E044", path=str(path))
    return template_files(path)


def validate_files(files: list[Path]) -> list[Problem]:
    problems: list[Problem] = []
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(Problem(str(f), 1, f"cannot be read ({getattr(e, 'strerror', None) or e})"))
            continue
        problems.extend(validate_text(text, str(f), f.stem)[1])
    return problems


def _report(problems: list[Problem]) -> None:
    for p in problems:
        print(f"srscheck: E040: {p}", file=sys.stderr)
    raise TemplateError("E048", count=len(problems))


def _run_validate(args: argparse.Namespace) -> int:
    files = _files(Path(args.path) if args.path else None, _store())
    problems = validate_files(files)
    if problems:
        _report(problems)
    sys.stdout.write(f"{len(files)} template(s) valid.\n")
    return 0


def _editor(args: argparse.Namespace) -> list[str]:
    cmd = args.editor or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return shlex.split(cmd)


def _run_edit(args: argparse.Namespace) -> int:
    store = _store()
    code = _code(store, args.code)
    text = store.load_text(code)
    if args.no_editor or (args.editor is None and not (sys.stdin.isatty() and sys.stdout.isatty())):
        path = store.user_path(code) if store.has_user_copy(code) else store.save_text(code, text)
        sys.stdout.write(f"{code}: your copy is {path}; edit it, then run 'srscheck templates validate'.\n")
        return 0
    draft = _new_draft(store, code, text)
    editor = _editor(args)
    try:
        rc = subprocess.call(editor + [str(draft)])
    except OSError as e:
        draft.unlink(missing_ok=True)
        raise TemplateError("E049", editor=" ".join(editor), detail=e.strerror or str(e)) from None
    try:
        raw = draft.read_bytes()
    except FileNotFoundError:
        raise TemplateError("E049", editor=" ".join(editor),
                            detail=f"it removed the draft {draft}, so there is nothing to save") from None
    except OSError as e:
        raise TemplateError("E047", code=code, why=f"the draft cannot be read: {e.strerror or e}",
                            draft=str(draft)) from None
    if rc != 0:
        if raw == text.encode("utf-8"):
            draft.unlink(missing_ok=True)
            raise TemplateError("E049", editor=" ".join(editor), detail=f"exit status {rc}")
        raise TemplateError("E047", code=code, why=f"the editor exited with status {rc}", draft=str(draft))
    try:
        edited = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise TemplateError("E047", code=code, why="the editor did not write UTF-8 text", draft=str(draft)) from None
    if edited == text:
        draft.unlink(missing_ok=True)
        sys.stdout.write(f"{code}: no change.\n")
        return 0
    problems = store.validate_text(edited, code, file=str(draft))
    if problems:
        print(f"srscheck: the template was not saved; your edit is kept in {draft}.", file=sys.stderr)
        _report(problems)
    path = store.save_text(code, edited)
    draft.unlink(missing_ok=True)
    sys.stdout.write(f"{code}: saved {path}\n")
    return 0


def _new_draft(store: TemplateStore, code: str, text: str) -> Path:
    """A draft to edit, in the user folder's ``.drafts`` (kept across reboots when an edit cannot be
    saved), or the temporary folder when the user folder cannot be written."""
    folder: str | None = None
    if store.user is not None:
        try:
            (store.user / ".drafts").mkdir(parents=True, exist_ok=True)
            folder = str(store.user / ".drafts")
        except OSError:
            folder = None
    fd, tmp = tempfile.mkstemp(prefix=f"{code}.", suffix=".yaml", dir=folder)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return Path(tmp)


def _run_reset(args: argparse.Namespace) -> int:
    store = _store()
    code = _code(store, args.code)
    store.reset(code)
    sys.stdout.write(f"{code}: user copy removed; the bundled template is used.\n")
    return 0


__all__ = ["register", "validate_files"]
