"""Preferences, the exception hook, settings kept between sessions."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox
from srscheck.desktop.app import install_exception_hook, parse_args
from srscheck.desktop.dialogs import PreferencesDialog
from srscheck.desktop.settings import AppSettings


def test_preferences_dialog_saves_coder_and_folder(window, tmp_path):
    dialog = PreferencesDialog(window.settings, window)
    dialog.coder.setText("  TESTCODER, BEA ")
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    fresh = AppSettings()
    assert fresh.coder_name() == "TESTCODER, BEA"
    assert fresh.report_folder() == str(tmp_path)


def test_recent_files_and_codes_persist(tmp_path, qsettings_in_tmp):
    s = AppSettings()
    for n in range(12):
        s.add_recent_file(tmp_path / f"c{n}.pdf")
    s.set_codes_for("ab" * 32, ("77372", "77432"))
    s.sync()
    again = AppSettings()
    assert len(again.recent_files()) == 10 and again.recent_files()[0].endswith("c11.pdf")
    assert again.codes_for("ab" * 32) == ("77372", "77432")
    assert again.codes_for("cd" * 32) is None
    assert any(qsettings_in_tmp.rglob("*.ini")), "settings are written in the test's folder"


def test_window_geometry_is_restored(qtbot):
    from srscheck.desktop.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(640, 480)
    first.save_state()
    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)


def test_exception_hook_shows_a_dialog_instead_of_crashing(window, monkeypatch):
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + "\n" + box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    old = sys.excepthook
    try:
        install_exception_hook(window)
        try:
            raise ValueError("boom in a slot")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "ValueError: boom in a slot" in shown[0] and "Traceback" in shown[0]
    assert window.isVisible()


def test_command_line_arguments():
    args = parse_args(["chart.pdf"])
    assert args.charts == ["chart.pdf"]
    assert parse_args([]).charts == []
    assert parse_args(["a.pdf", "b.txt"]).charts == ["a.pdf", "b.txt"]


def test_window_shows_without_importing_spacy():
    """spaCy, the pipeline and the checklists' YAML are loaded in the analysis worker, never in the app's
    process at start (the templates' codes come with the first chart)."""
    import os
    import subprocess

    code = ("import sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "from srscheck.desktop.app import configure_application\n"
            "from srscheck.desktop.main_window import MainWindow\n"
            "app = QApplication([]); configure_application(app)\n"
            "w = MainWindow(); w.show(); app.processEvents()\n"
            "print(sorted(m for m in ('spacy', 'medspacy', 'srscheck.nlp.pipeline', 'ruamel.yaml',\n"
            "                          'srscheck.checklists.templates', 'pypdfium2') if m in sys.modules))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
