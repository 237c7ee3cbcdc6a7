"""The app's look: a calm light theme on top of Fusion, easy on the eyes for a whole day."""

STYLE_SHEET = """
QMainWindow, QDialog { background: #f4f5f7; }
QWidget#side { background: #f4f5f7; }
QLabel#file { font-size: 11pt; color: #1f2933; padding: 2px 0 6px 0; }
QLabel#section {
    font-weight: bold; color: #3e4c59; text-transform: uppercase; font-size: 8pt;
    letter-spacing: 1px; padding: 2px 0;
}
QLabel#hint { color: #616e7c; font-size: 8.5pt; }
QLabel#error { color: #b71c1c; background: #fdecea; border: 1px solid #f5c6cb; border-radius: 3px; padding: 4px; }
QTreeView, QTextBrowser, QPlainTextEdit#yaml, QTableWidget, QListWidget {
    background: #ffffff; border: 1px solid #cbd2d9; border-radius: 3px;
    selection-background-color: #d2e3fc; selection-color: #1f2933;
}
QTreeView { alternate-background-color: #f8f9fb; }
QTreeView::item { padding: 3px 2px; }
QHeaderView::section {
    background: #eef0f3; color: #3e4c59; border: none; border-bottom: 1px solid #cbd2d9;
    padding: 4px 6px; font-weight: bold;
}
QLineEdit {
    background: #ffffff; border: 1px solid #9aa5b1; border-radius: 3px; padding: 3px 5px;
}
QLineEdit:focus { border: 1px solid #1a73e8; }
QPushButton {
    background: #ffffff; border: 1px solid #9aa5b1; border-radius: 3px; padding: 4px 12px;
}
QPushButton:hover { background: #eef3fd; }
QPushButton:default { border: 1px solid #1a73e8; }
QPushButton:disabled { color: #9aa5b1; border-color: #cbd2d9; }
QToolBar { background: #ffffff; border-bottom: 1px solid #cbd2d9; spacing: 2px; padding: 2px 6px; }
QToolBar QToolButton { padding: 4px 8px; border-radius: 3px; color: #1f2933; }
QToolBar QToolButton:hover { background: #eef3fd; }
QToolBar QToolButton:disabled { color: #9aa5b1; }
QStatusBar { background: #ffffff; border-top: 1px solid #cbd2d9; color: #3e4c59; }
QSplitter::handle { background: #e4e7eb; }
QSplitter::handle:horizontal { width: 5px; }
QSplitter::handle:vertical { height: 5px; }
QTabWidget::pane { border: 1px solid #cbd2d9; background: #ffffff; }
"""
