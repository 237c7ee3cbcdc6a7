"""User copies override bundled templates; broken copies fall back to the last valid one (E041)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from _readings import full_srs
from srscheck.checklists.engine import check
from srscheck.checklists.templates import LAST_VALID, TemplateStore, default_store, default_user_dir

from srscheck.core.messages import TemplateError


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(user=tmp_path / "templates")


def edited(store: TemplateStore, code: str, old: str, new: str) -> str:
    text = store.bundled_text(code)
    assert old in text
    return text.replace(old, new, 1)


def test_user_folder_follows_srscheck_home(_isolated_home: Path) -> None:
    assert default_user_dir() == _isolated_home / "templates"
    assert default_store().user == _isolated_home / "templates"


def test_list_shows_every_bundled_template(store: TemplateStore) -> None:
    infos = store.list()
    assert len(infos) >= 21 and all(i.origin == "bundled" and i.valid for i in infos)
    assert next(i for i in infos if i.code == "77371").title == (
        "Cranial SRS delivery in one session, multi-source Cobalt-60")


def test_save_valid_user_copy_overrides_and_keeps_a_last_valid_copy(store: TemplateStore) -> None:
    text = edited(store, "77372", "title: Cranial SRS delivery in one session, linear accelerator",
                  "title: Linac SRS (our wording)")
    path = store.save_text("77372", text)
    assert path == store.user / "77372.yaml" and path.read_text() == text
    assert (store.user / LAST_VALID / "77372.yaml").read_text() == text
    assert store.load_text("77372") == text
    tpl, warns = store.get("77372")
    assert (tpl.title, tpl.origin, warns) == ("Linac SRS (our wording)", "user", ())
    info = store.info("77372")
    assert (info.origin, info.title) == ("user", "Linac SRS (our wording)")
    assert [f.name for f in store.user.iterdir() if f.name.endswith(".tmp")] == []


def test_save_refuses_an_invalid_text(store: TemplateStore) -> None:
    bad = edited(store, "77372", "kind: delivery", "kind: teleportation")
    with pytest.raises(TemplateError) as e:
        store.save_text("77372", bad)
    assert e.value.code == "E040"
    assert str(e.value).endswith("77372.yaml:5: invalid value 'teleportation' for kind: choose one of delivery, "
                                 "management, neurosurgical, planning, physics, add-on")
    assert not (store.user / "77372.yaml").exists()


def test_validate_text_reports_line_numbers_of_the_edited_text(store: TemplateStore) -> None:
    bad = edited(store, "77371", "category: imaging", "category: pictures")
    (p,) = store.validate_text(bad, "77371")
    assert p.file == "77371.yaml" and bad.splitlines()[p.line - 1].strip() == "category: pictures"


def test_broken_user_copy_uses_the_last_valid_version_and_warns(store: TemplateStore) -> None:
    good = edited(store, "77372", "title: Cranial SRS delivery in one session, linear accelerator",
                  "title: Our linac SRS")
    store.save_text("77372", good)
    broken = good.replace("kind: delivery", "kind: [")
    (store.user / "77372.yaml").write_text(broken)
    tpl, warns = store.get("77372")
    assert (tpl.title, tpl.origin) == ("Our linac SRS", "last-valid")
    assert warns == (f"E041: Template 77372 is broken ({store.user / '77372.yaml'}:8: invalid YAML: "
                     "expected ',' or ']', but got ':'); using the last valid version.",)
    out = check(full_srs(), ("77372",), store)
    assert out.warnings == warns
    assert out.codes[0].title == "Our linac SRS"


def test_broken_user_copy_without_last_valid_uses_bundled(store: TemplateStore) -> None:
    store.user.mkdir(parents=True)
    (store.user / "77371.yaml").write_text("schema_version: 1\n")
    tpl, warns = store.get("77371")
    assert tpl.origin == "bundled"
    assert warns[0].startswith(f"E045: Template 77371 is broken ({store.user / '77371.yaml'}:1: missing key ")
    assert warns[0].endswith("; using the bundled version.")


def test_broken_user_only_template_is_not_used(store: TemplateStore) -> None:
    store.user.mkdir(parents=True)
    (store.user / "99999.yaml").write_text("code: [\n")
    tpl, warns = store.get("99999")
    assert tpl is None and warns[0].startswith("E046: Template 99999 is broken")
    out = check(full_srs(), ("99999",), store)
    assert out.codes[0].known is False and warns[0] in out.warnings


def test_user_only_template_adds_a_code(store: TemplateStore) -> None:
    text = store.bundled_text("77470").replace("'77470'", "'77999'").replace(
        "Special treatment procedure\n", "Our own procedure\n", 1)
    store.save_text("77999", text)
    assert "77999" in store.codes()
    out = check(full_srs(), ("77999",), store)
    assert out.codes[0].known and out.codes[0].title == "Our own procedure"


def test_edits_made_by_another_program_are_seen(store: TemplateStore) -> None:
    store.save_text("77372", edited(store, "77372", "version: '2026.1'", "version: 'a'"))
    assert store.get("77372")[0].version == "a"
    path = store.user / "77372.yaml"
    path.write_text(path.read_text().replace("version: 'a'", "version: 'bb'"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10_000_000))
    assert store.get("77372")[0].version == "bb"


def test_reset_removes_the_user_copy(store: TemplateStore) -> None:
    store.save_text("77372", edited(store, "77372", "version: '2026.1'", "version: 'x'"))
    store.reset("77372")
    assert not (store.user / "77372.yaml").exists()
    assert not (store.user / LAST_VALID / "77372.yaml").exists()
    assert store.get("77372")[0].origin == "bundled"
    with pytest.raises(TemplateError) as e:
        store.reset("77372")
    assert str(e.value) == "E043: Template 77372 has no user copy to reset; it is already the bundled version."
    with pytest.raises(TemplateError) as e2:
        store.reset("12345")
    assert str(e2.value) == "E042: No template for code 12345."


def test_templates_used_are_reported_with_their_versions(store: TemplateStore) -> None:
    out = check(full_srs(), ("77372", "77432", "12345"), store)
    assert out.templates == (("77372", "2026.1"), ("77432", "2026.1"))


def test_non_utf8_user_copy_falls_back_with_a_warning(store: TemplateStore) -> None:
    store.user.mkdir(parents=True)
    (store.user / "77334.yaml").write_bytes(b"title: \xff\xfe\n")
    tpl, warns = store.get("77334")
    assert tpl.origin == "bundled"
    assert warns == (f"E045: Template 77334 is broken ({store.user / '77334.yaml'}:1: the file is not UTF-8 "
                     "text); using the bundled version.",)
    assert store.info("77334").problems[0].what == "the file is not UTF-8 text"


def test_damaged_bundled_template_is_skipped_not_fatal(tmp_path: Path) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    source = TemplateStore(user=None)
    for code in ("77372", "77432"):
        (bundled / f"{code}.yaml").write_text(source.bundled_text(code))
    (bundled / "77432.yaml").write_text("kind: [\n")
    store = TemplateStore(bundled=bundled, user=None)
    out = check(full_srs(), ("77372", "77432"), store)
    assert [c.known for c in out.codes] == [True, False]
    assert out.warnings[0].startswith(f"E046: Template 77432 is broken ({bundled / '77432.yaml'}:2: invalid YAML")
