"""``srscheck templates list | show | validate | edit | reset``: exit 0, or 5 with file:line messages."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest
from srscheck.checklists.templates import TemplateStore

from srscheck.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(["templates", *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def editor(tmp_path: Path, old: str, new: str) -> str:
    """An 'editor' that replaces text in the file it is given."""
    script = tmp_path / "ed.py"
    script.write_text("import sys, pathlib\np = pathlib.Path(sys.argv[-1])\n"
                      f"p.write_text(p.read_text().replace({old!r}, {new!r}, 1))\n")
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"


def test_list(capsys) -> None:
    rc, out, err = run(capsys, "list")
    assert rc == 0 and err == ""
    assert "77371  bundled Cranial SRS delivery in one session, multi-source Cobalt-60\n" in out
    assert len([line for line in out.splitlines() if "bundled" in line]) >= 21


def test_show_prints_the_template(capsys) -> None:
    rc, out, _ = run(capsys, "show", "77373")
    assert rc == 0 and out == TemplateStore(user=None).bundled_text("77373")


def test_show_unknown_code_is_a_usage_error(capsys) -> None:
    rc, _, err = run(capsys, "show", "12345")
    assert rc == 2
    assert err == ("srscheck: E020: Unknown code '12345': there is no checklist template for it "
                   "(see 'srscheck templates list').\n")


def test_validate_bundled(capsys) -> None:
    rc, out, err = run(capsys, "validate")
    assert rc == 0 and err == "" and out.endswith("template(s) valid.\n")


def test_validate_broken_folder_exits_5_with_file_line(capsys, tmp_path: Path) -> None:
    d = tmp_path / "tpl"
    d.mkdir()
    text = TemplateStore(user=None).bundled_text("77372").replace("category: imaging", "category: pictures")
    (d / "77372.yaml").write_text(text)
    line = text.splitlines().index("    category: pictures") + 1
    rc, out, err = run(capsys, "validate", str(d))
    assert rc == 5 and out == ""
    assert err.splitlines() == [
        f"srscheck: E040: {d / '77372.yaml'}:{line}: unknown category 'pictures' in requirements[3] (known: plan, "
        "imaging, positioning, delivery_verification, summary, medical_necessity, signatures, physics)",
        "srscheck: E048: 1 template problem(s) found."]


def test_validate_a_missing_folder(capsys, tmp_path: Path) -> None:
    rc, _, err = run(capsys, "validate", str(tmp_path / "nope"))
    assert rc == 5 and err == f"srscheck: E044: {tmp_path / 'nope'} is not a folder of templates.\n"


def test_edit_saves_a_valid_user_copy_then_reset(capsys, tmp_path: Path, _isolated_home: Path) -> None:
    ed = editor(tmp_path, "version: '2026.1'", "version: 'local-1'")
    rc, out, err = run(capsys, "edit", "77432", "--editor", ed)
    user_copy = _isolated_home / "templates" / "77432.yaml"
    assert (rc, err) == (0, "") and out == f"77432: saved {user_copy}\n"
    assert "version: 'local-1'" in user_copy.read_text()
    rc, out, _ = run(capsys, "list")
    assert "77432  user    Stereotactic radiosurgery treatment management, single-session cranial course" in out
    rc, out, _ = run(capsys, "reset", "77432")
    assert rc == 0 and out == "77432: user copy removed; the bundled template is used.\n"
    assert not user_copy.exists()
    rc, _, err = run(capsys, "reset", "77432")
    assert rc == 5 and err == ("srscheck: E043: Template 77432 has no user copy to reset; it is already the "
                               "bundled version.\n")


def test_edit_refuses_a_broken_result_and_keeps_the_draft(capsys, tmp_path: Path, _isolated_home: Path) -> None:
    rc, _, err = run(capsys, "edit", "77432", "--editor", editor(tmp_path, "kind: management", "kind: [oops"))
    assert rc == 5
    lines = err.splitlines()
    draft = Path(lines[0].split("kept in ")[1].rstrip("."))
    assert draft.read_text().count("kind: [oops") == 1
    assert lines[1].startswith(f"srscheck: E040: {draft}:")
    assert lines[-1] == "srscheck: E048: 1 template problem(s) found."
    assert not (_isolated_home / "templates" / "77432.yaml").exists()
    draft.unlink()


def test_edit_without_change_and_with_a_missing_editor(capsys, tmp_path: Path) -> None:
    rc, out, _ = run(capsys, "edit", "77300", "--editor", editor(tmp_path, "nothing-here", "x"))
    assert (rc, out) == (0, "77300: no change.\n")
    rc, _, err = run(capsys, "edit", "77300", "--editor", str(tmp_path / "no-such-editor"))
    assert rc == 5
    assert err == (f"srscheck: E049: The editor '{tmp_path / 'no-such-editor'}' did not run (No such file or "
                   "directory); the template was not changed.\n")


def test_broken_user_template_is_listed(capsys, _isolated_home: Path) -> None:
    d = _isolated_home / "templates"
    d.mkdir(parents=True)
    (d / "77470.yaml").write_text("code: '77470'\n")
    rc, out, _ = run(capsys, "list")
    assert rc == 0
    assert f"77470  user    BROKEN: {d / '77470.yaml'}:1: missing key 'applies' in the template\n" in out
    rc, _, err = run(capsys, "validate")
    assert rc == 5 and f"srscheck: E040: {d / '77470.yaml'}:1: missing key 'applies'" in err


def test_edit_without_a_terminal_only_copies_the_template(capsys, _isolated_home: Path) -> None:
    """Under pytest stdin is not a terminal: 'edit' makes the user copy, prints its path, opens nothing."""
    rc, out, err = run(capsys, "edit", "77373")
    user_copy = _isolated_home / "templates" / "77373.yaml"
    assert (rc, err) == (0, "")
    assert out == f"77373: your copy is {user_copy}; edit it, then run 'srscheck templates validate'.\n"
    assert user_copy.read_text() == TemplateStore().bundled_text("77373")
    rc, out, _ = run(capsys, "edit", "77373", "--no-editor")  # a second time keeps the coder's copy
    assert rc == 0 and str(user_copy) in out
