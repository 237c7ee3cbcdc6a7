"""``srscheck-gui [CHART ...]``: start the desktop app (optionally opening a chart; several files are
read as one course). Charts are read by the bounded analysis worker (:mod:`.engine`), under the bounds
of ``srscheck check`` (``--max-*`` or ``SRSCHECK_MAX_*``)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from srscheck import __version__

from .engine import Engine
from .icons import icon
from .main_window import MainWindow
from .startup import parse_args, start_engine
from .style import STYLE_SHEET

log = logging.getLogger("srscheck.desktop")
ORGANIZATION = "srscheck"
APPLICATION = "srscheck"


__all__ = ["configure_application", "install_exception_hook", "launch", "main", "parse_args"]


def configure_application(app: QApplication) -> None:
    """Names that QSettings uses, the icon and the look; INI files on every platform."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setWindowIcon(icon("app"))
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)


def install_exception_hook(parent: QWidget | None = None) -> None:
    """An unexpected error shows a dialog (with details to copy) instead of closing the app."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error:\n%s", details)
        box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected error",
                          f"Something went wrong: {kind.__name__}: {value}. Your open chart is kept; "
                          "save your report and restart srscheck if the window misbehaves.",
                          QMessageBox.StandardButton.Ok, parent)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook


def launch(args, app: QApplication, engine: Engine | None = None) -> MainWindow:
    """The main window, shown, with the chart of the command line opening. ``engine``: the analysis
    worker the launcher started (and sent the chart to); else one under the bounds of ``args``. The
    window owns it: closing the window ends the worker."""
    if engine is None:
        engine = start_engine(args)
    window = MainWindow(engine=engine, own_engine=True)
    install_exception_hook(window)
    window.show()
    QTimer.singleShot(0, window.warm_up_reader)
    if args.charts:
        paths = [Path(c).expanduser() for c in args.charts]
        window.open_chart(paths if len(paths) > 1 else paths[0])
    return window


def main(argv: Sequence[str] | None = None, engine: Engine | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING, format="%(message)s")
    for name in ("pdfminer", "pdfplumber", "PyRuSH", "medspacy"):
        logging.getLogger(name).setLevel(logging.ERROR)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "srscheck-gui"])
    configure_application(app)
    window = launch(args, app, engine)
    try:
        code = app.exec()
    finally:
        window.engine.close()  # however the app ends, no worker is left behind
    del window
    return code


if __name__ == "__main__":
    sys.exit(main())
