"""Hostile templates and editors: a user template can neither hang nor crash a check, and an edit is
never lost."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from srscheck.checklists.templates import TemplateStore

from srscheck.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["templates", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def _editor(tmp_path: Path, body: str, name: str = "ed.sh") -> str:
    """A shell script editor: ``$1`` is the draft."""
    script = tmp_path / name
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


# -- user templates named .yml / .YAML ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["77432.yml", "77432.YAML", "77432.Yml"])
def test_user_templates_with_other_suffixes_are_used(name: str, capsys: pytest.CaptureFixture[str],
                                                     _isolated_home: Path) -> None:
    store = TemplateStore()
    text = store.bundled_text("77432").replace("version: '2026.1'", "version: 'local-yml'")
    assert "local-yml" in text
    folder = _isolated_home / "templates"
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    tpl, warnings = TemplateStore().get("77432")
    assert tpl is not None and tpl.origin == "user" and tpl.version == "local-yml" and not warnings
    status, out, _ = _run(capsys, "list")
    assert status == 0 and "77432  user" in out
    status, out, _ = _run(capsys, "validate", str(folder))
    assert status == 0 and out == "1 template(s) valid.\n"


# -- editors that misbehave ---------------------------------------------------------------------------

def _user_copy(home: Path) -> Path:
    return home / "templates" / "77432.yaml"


def test_editor_exits_non_zero_after_saving_keeps_the_edit(tmp_path: Path, _isolated_home: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    ed = _editor(tmp_path, "sed -i \"s/version: '2026.1'/version: 'mine'/\" \"$1\"; exit 3")
    status, _, err = _run(capsys, "edit", "77432", "--editor", ed)
    assert status == 5 and "E047" in err and "exited with status 3" in err and err.count("\n") == 1
    draft = Path(err.rstrip().rsplit("kept in ", 1)[1].rstrip("."))
    assert "version: 'mine'" in draft.read_text()
    assert not _user_copy(_isolated_home).exists()


def test_editor_writes_bad_utf8_keeps_the_edit(tmp_path: Path, _isolated_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ed = _editor(tmp_path, "printf 'title: caf\\351\\n' >> \"$1\"")
    status, _, err = _run(capsys, "edit", "77432", "--editor", ed)
    assert status == 5 and "E047" in err and "UTF-8" in err and "Traceback" not in err
    draft = Path(err.rstrip().rsplit("kept in ", 1)[1].rstrip("."))
    assert draft.read_bytes().endswith(b"title: caf\xe9\n")
    assert not _user_copy(_isolated_home).exists()


def test_editor_deletes_the_draft(tmp_path: Path, _isolated_home: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    ed = _editor(tmp_path, "rm -f \"$1\"")
    status, _, err = _run(capsys, "edit", "77432", "--editor", ed)
    assert status == 5 and "E049" in err and "removed the draft" in err and err.count("\n") == 1
    assert not _user_copy(_isolated_home).exists()


def test_editor_that_replaces_the_file_is_fine(tmp_path: Path, _isolated_home: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ed = _editor(tmp_path, "sed \"s/version: '2026.1'/version: 'mine'/\" \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"")
    status, out, err = _run(capsys, "edit", "77432", "--editor", ed)
    assert status == 0, err
    assert "version: 'mine'" in _user_copy(_isolated_home).read_text()


# -- YAML that would exhaust memory, time or the stack ----------------------------------------------

def _alias_bomb() -> str:
    lines = ['code: "77432"', 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        ref = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{ref}]")
    return "\n".join(lines) + "\n"


HOSTILE_YAML = {
    "alias bomb": _alias_bomb(),
    "300 nested brackets": "code: '77432'\nx: " + "[" * 300 + "]" * 300 + "\n",
    "300 nested mappings": "code: '77432'\nx: " + "{a: " * 300 + "1" + "}" * 300 + "\n",
    "too large": "code: '77432'\n" + "".join(f"k{i}: '{'x' * 100}'\n" for i in range(3000)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_yaml_is_a_template_problem(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            _isolated_home: Path) -> None:
    bad = tmp_path / "77432.yaml"
    bad.write_text(HOSTILE_YAML[name], encoding="utf-8")
    status, _, err = _run(capsys, "validate", str(bad))
    assert status == 5 and "E040" in err and "Traceback" not in err and "RecursionError" not in err


@pytest.mark.parametrize("name", sorted(HOSTILE_YAML))
def test_hostile_user_copy_falls_back_to_the_last_valid_one(name: str, _isolated_home: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    store = TemplateStore()
    good = store.bundled_text("77432").replace("version: '2026.1'", "version: 'mine-1'")
    store.save_text("77432", good)  # valid: kept as the last valid copy too
    (_isolated_home / "templates" / "77432.yaml").write_text(HOSTILE_YAML[name], encoding="utf-8")
    tpl, warnings = TemplateStore().get("77432")
    assert tpl is not None and tpl.version == "mine-1" and tpl.origin == "last-valid"
    assert warnings and warnings[0].startswith("E041")
    status, out, _ = _run(capsys, "list")
    assert status == 0 and "77432  user    BROKEN" in out


# -- patterns that would backtrack forever ----------------------------------------------------------

CATASTROPHIC = [r"(a+)+$", r"(\w+\s?)*$", r"(x+x+)+y", r"^(([a-z])+.)+[A-Z]([a-z])+$"]


def _with_pattern(store: TemplateStore, pattern: str) -> str:
    text = store.bundled_text("77432")
    old = "'(?i)\\b(fused|fusion|co-?regist\\w*|registered)\\b'"
    assert old in text
    return text.replace(old, "'" + pattern.replace("'", "''") + "'", 1)


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_pattern_cannot_hang_a_check(pattern: str, tmp_path: Path, _isolated_home: Path) -> None:
    from srscheck.checklists.safety import ENGINE
    from srscheck.nlp import read_text

    from srscheck.api import check_reading

    store = TemplateStore()
    text = _with_pattern(store, pattern)
    problems = store.validate_text(text, "77432")
    if ENGINE == "re2":
        assert not problems  # RE2 runs it in linear time: allowed
        store.save_text("77432", text)
        chart = "Stereotactic radiosurgery. " + "a" * 30 + "x" * 30 + " " + "word " * 2000 + "!"
        result = check_reading(read_text(chart), ("77432",))  # would take years with backtracking
        assert result.codes[0].code == "77432"
    else:
        assert problems and "repetition" in problems[0].what


@pytest.mark.parametrize("pattern, ok", [(r"(?<=Dose )\d+", True), (r"(?!see\b)[a-z]", True),
                                         (r"(a)\1", False), (r"(?=x)(a+)+y", False), (r"(?=x)(\w*\s)*y", False)])
def test_patterns_re2_cannot_run_use_the_checked_subset(pattern: str, ok: bool, _isolated_home: Path) -> None:
    """Look-around (RE2 lacks it) runs on Python's re when it cannot backtrack catastrophically;
    back-references and nested repetitions outside RE2 are template problems."""
    store = TemplateStore()
    problems = store.validate_text(_with_pattern(store, pattern), "77432")
    if ok:
        assert not problems, problems
    else:
        assert problems and "cannot be used" in problems[0].what
