"""The template editor: list, form and YAML, live validation with the line, save, reload, revert."""

from __future__ import annotations

from pathlib import Path

import pytest
from srscheck.checklists.templates import default_store


@pytest.fixture
def editor(window, qtbot):
    ed = window.show_template_editor()
    qtbot.addWidget(ed)
    return ed


def _select(editor, code: str) -> None:
    editor._select_in_list(code)
    editor.load(code)


def test_list_marks_bundled_and_user_templates(editor):
    assert editor.list.count() == len(default_store().codes())
    assert editor.code is not None and not editor.problems
    assert not editor.revert_button.isEnabled()  # bundled: nothing to revert


def test_edit_validate_save_reload_revert(editor, window, qtbot, messages, _isolated_home: Path):
    _select(editor, "77372")
    original = editor.text()
    broken = original.replace("category: imaging", "category: imagery", 1)
    editor.set_text(broken)
    line = broken.splitlines().index("    category: imagery") + 1
    assert editor.problems and editor.problems[0].line == line
    assert editor.message.text().startswith(f"✖ Line {line}:")
    assert not editor.save_button.isEnabled()
    assert not editor.save()  # never saved while invalid
    user_copy = _isolated_home / "templates" / "77372.yaml"
    assert not user_copy.exists()

    fixed = original.replace("label: Planning CT or MRI performed", "label: Planning CT or MRI obtained", 1)
    editor.set_text(fixed)
    assert not editor.problems and editor.save_button.isEnabled()
    with qtbot.waitSignal(window.hub.templates_changed, timeout=10000):
        assert editor.save()
    assert user_copy.read_text(encoding="utf-8") == fixed
    assert not list(user_copy.parent.glob(".77372.yaml.*.tmp"))

    # reload: a new editor reads the user's copy, marked as theirs
    editor.close()
    again = window.show_template_editor()
    _select(again, "77372")
    assert "Planning CT or MRI obtained" in again.text()
    assert "your copy" in again.origin.text() and again.revert_button.isEnabled()
    item = again.list.currentItem()
    assert item.text().endswith("✎")

    with qtbot.waitSignal(window.hub.templates_changed, timeout=10000):
        assert again.revert()
    assert not user_copy.exists()
    assert again.text() == default_store().bundled_text("77372")


def test_form_edits_write_the_yaml(editor):
    _select(editor, "77373")
    form = editor.form
    count = form.requirements.rowCount()
    form.add_requirement()
    assert form.requirements.rowCount() == count + 1
    assert "New requirement" in editor.text()
    assert not editor.problems, editor.problems
    form.move_requirement(-1)
    reqs = editor.form.doc["requirements"]
    assert reqs[count - 1]["label"] == "New requirement"
    form.requirements.item(count - 1, 2).setText("Respiratory motion assessed")
    assert "label: Respiratory motion assessed" in editor.text()
    form.alternatives.setPlainText("pattern: '(?i)\\b4D-?CT\\b'\nconcept: MOTION_MANAGEMENT")
    assert "4D-?CT" in editor.text() and "MOTION_MANAGEMENT" in editor.text()
    assert not editor.problems, editor.problems
    form.modalities["particle"].setChecked(True)
    assert "particle" in editor.text()
    form.remove_requirement()
    assert "Respiratory motion assessed" not in editor.text()
    assert "# " in editor.text(), "comments survive form edits"


def test_yaml_edit_updates_the_form(editor):
    _select(editor, "77372")
    editor.set_text(editor.text().replace("title: Cranial SRS", "title: Edited cranial SRS", 1))
    assert editor.form.title.text().startswith("Edited cranial SRS")
