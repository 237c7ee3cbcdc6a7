"""Screenshots of the desktop app for the docs: ``python scripts/screenshots.py [CHART]``.

Starts the app offscreen, opens a sample chart, waits for the analysis, finds a word in the page view,
selects a requirement that has evidence on the page, and saves the main window, the lesions with a
correction, and the template editor to ``docs/``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CHART = ROOT / "resources" / "samples" / "s03_truebeam_hyperarc_pacemaker.pdf"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chart", nargs="?", default=str(DEFAULT_CHART))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    parser.add_argument("--requirement", default="imaging.planning",
                        help="requirement id to select (falls back to the first one with evidence)")
    parser.add_argument("--find", default="mask", help="words shown in the Find bar")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from srscheck.desktop.app import configure_application
    from srscheck.desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    configure_application(app)
    with tempfile.TemporaryDirectory() as tmp:  # never the user's own settings or templates
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ["SRSCHECK_HOME"] = tmp
        QCoreApplication.setOrganizationName("srscheck-screenshots")
        window = MainWindow()
        window.settings.set_coder_name("TESTCODER, ANA")
        window.resize(1480, 940)
        window.show()

        loop = QEventLoop()
        window.hub.result_ready.connect(lambda _r: loop.quit())
        window.runner.failed.connect(lambda _k, msg: (print(msg, file=sys.stderr), loop.quit()))
        window.open_chart(Path(args.chart))
        loop.exec()
        if window.result is None:
            return 1
        window.chart_view.open_find()  # the page view's Find bar, with its hit count
        window.chart_view.find(args.find)
        _select_requirement(window, args.requirement)
        _settle(app)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out / "screenshot-main.png"))

        # the lesions as the checks use them, with a correction the coder made (saved in the temporary home)
        tabs = getattr(window, "fact_tabs", None)
        if tabs is not None and window.result.facts.lesions:
            from srscheck.core.corrections import make

            window.runner.wait(60000)
            loop = QEventLoop()
            window.hub.result_ready.connect(lambda _r: loop.quit())
            window.apply_corrections([make("lesions.1.complexity", "complex"),
                                      make("lesions.1.reason", "abuts the brainstem")])
            loop.exec()
            tabs.setCurrentWidget(window.lesions_panel)
            window.lesions_panel.select_ref("1")
            _settle(app)
            window.grab().save(str(out / "screenshot-corrections.png"))

        editor = window.show_template_editor()
        editor.resize(1280, 860)
        code = window.result.codes[0].code if window.result.codes else "77372"
        editor._select_in_list(code)
        editor.load(code)
        editor.form.requirements.setCurrentCell(3, 0)
        _settle(app)
        editor.grab().save(str(out / "screenshot-templates.png"))
        print(f"saved the screenshots in {out}")
        editor.close()
        window.close()
        QTimer.singleShot(0, app.quit)
    return 0


def _select_requirement(window, wanted: str) -> None:
    codes = window.result.codes
    for code in codes:
        for req in code.requirements:
            if req.id == wanted and req.evidence:
                window.results_panel.select_requirement(req.id, code.code)
                return
    for code in codes:
        for req in code.requirements:
            if req.evidence and req.evidence[0].boxes:
                window.results_panel.select_requirement(req.id, code.code)
                return


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
