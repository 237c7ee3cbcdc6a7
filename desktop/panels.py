"""The side panel: the facts with their evidence, the claimed codes, the results and the details.

Widgets talk through the :class:`~desktop.hub.SignalHub`; items carry their data in named roles.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from srscheck.core.labels import FACT_LABELS, VALUE_LABELS, VERDICT_LABELS, category_label, stage_problem
from srscheck.core.model import FACT_NAMES, Evidence, Fact, Lesion
from srscheck.core.results import CodeResult, RequirementResult, Suggestion

from .hub import SignalHub
from .icons import icon, status_icon, verdict_icon

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple[Evidence, ...]
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "fact" | "lesion" | "code" | "category" | "requirement" | ...
KEY_ROLE = Qt.ItemDataRole.UserRole + 3  # fact name, requirement id, code
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4  # HTML shown in the details box



def format_value(value: Any) -> str:
    if value is None:
        return "not stated"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value) if value else "none"
    return str(value)


def _item(text: str, *, kind: str, key: str = "", evidence: Sequence[Evidence] = (),
          detail: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(kind, KIND_ROLE)
    item.setData(key, KEY_ROLE)
    item.setData(tuple(evidence), EVIDENCE_ROLE)
    item.setData(detail, DETAIL_ROLE)
    item.setToolTip(text)
    return item


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    return item


# The file names of the course's documents when several are read as one (evidence names its document
# by index); set by the panels when a result is shown.
_DOCUMENT_NAMES: list[str] = []


def set_document_names(names: Sequence[str]) -> None:
    _DOCUMENT_NAMES[:] = list(names)


def where(e: Evidence) -> str:
    """``p. 2``, or ``plan.pdf p. 2`` when the course has several documents."""
    doc = getattr(e, "document", None)
    if doc is not None and 0 <= doc < len(_DOCUMENT_NAMES):
        return f"{_DOCUMENT_NAMES[doc]} p. {e.page}"
    return f"p. {e.page}"


def evidence_html(evidence: Iterable[Evidence]) -> str:
    rows = [f"<li><b>{html.escape(where(e)).replace(' ', '&nbsp;')}</b> “{html.escape(e.text)}”</li>"
            for e in evidence]
    return f"<ul style='margin-left:-20px'>{''.join(rows)}</ul>" if rows else "<p><i>No evidence in the chart.</i></p>"


def stage_blocked(result: Any) -> list[tuple[str, str]]:
    """``(code, sentence)`` for each claimed code whose service the course did not reach (the course was
    planned, only recommended, or is a follow-up visit): the course status is why it is not supported."""
    return [(c.code, why) for c in getattr(result, "codes", ()) if (why := stage_problem(c.code, c.problems))]


def _codes_phrase(codes: Sequence[str]) -> str:
    """``77373 is`` / ``77373 and 77435 are``."""
    if len(codes) == 1:
        return f"{codes[0]} is"
    return ", ".join(codes[:-1]) + f" and {codes[-1]} are"


def _first_page(evidence: Sequence[Evidence]) -> str:
    return where(evidence[0]) if evidence else ""


class _Tree(QTreeView):
    """A read-only tree whose current item's evidence and details go to the hub."""

    item_chosen = Signal(object)  # the QStandardItem

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.model_.setHorizontalHeaderLabels(list(headers))
        self.setModel(self.model_)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(False)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            self.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.selectionModel().currentRowChanged.connect(self._on_current)

    def reset_rows(self) -> None:
        self.model_.removeRows(0, self.model_.rowCount())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.item_chosen.emit(self.model_.itemFromIndex(current.siblingAtColumn(0)))

    def items(self, kind: str | None = None) -> list[QStandardItem]:
        """Every first-column item (depth first), optionally of one kind."""
        out: list[QStandardItem] = []

        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                child = parent.child(row, 0)
                if kind is None or child.data(KIND_ROLE) == kind:
                    out.append(child)
                walk(child)

        walk(self.model_.invisibleRootItem())
        return out

    def select_item(self, item: QStandardItem) -> None:
        index = item.index()
        self.scrollTo(index)
        self.setCurrentIndex(index)


# ------------------------------------------------------------------------------------------------
# Facts
# ------------------------------------------------------------------------------------------------


class FactsPanel(QWidget):
    """What the reader found: each fact, its value, where it says so; the coder can correct a fact."""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.tree = _Tree(("Fact", "Value", "Source"), self)
        self.tree.setRootIsDecorated(True)
        self.tree.setAccessibleName("Facts found in the chart")
        self.tree.setAccessibleDescription("Each fact, its value and the page it is on; F2 corrects the selected fact.")
        # every fact in view even on a small screen (1280x720): the tree asks for its rows' height
        self._fit_rows(self.tree.fontMetrics().height() + 10)
        self.tree.setToolTip("Click a fact to see its evidence on the page; double-click (or F2) to correct it.")
        self.correct_button = QPushButton("&Correct fact…", self)
        self.correct_button.setToolTip("Set the value by hand when the reader got it wrong (F2)")
        self.correct_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.hint = QLabel("", self)
        self.hint.setObjectName("hint")
        row.addWidget(self.hint, 1)
        row.addWidget(self.correct_button)
        layout.addLayout(row)
        self.tree.item_chosen.connect(self._on_chosen)
        self.tree.doubleClicked.connect(lambda _index: self.request_correction())
        self.correct_button.clicked.connect(self.request_correction)

    def show_facts(self, facts, blocked: Sequence[tuple[str, str]] = ()) -> None:
        """The facts; ``blocked`` (see :func:`stage_blocked`) are the claimed codes the course status
        leaves unsupported, named beside it."""
        self.tree.reset_rows()
        root = self.tree.model_.invisibleRootItem()
        for name in FACT_NAMES:
            fact: Fact = facts.get(name)
            row = self._fact_row(name, fact)
            if name == "course_status":
                self._mark_status(row, fact, blocked)
            root.appendRow(row)
            if name == "lesion_count":
                for n, lesion in enumerate(facts.lesions, 1):
                    row[0].appendRow(self._lesion_row(lesion, getattr(lesion, "ref", "") or str(n)))
        self.tree.collapseAll()  # lesions fold under their count, so every fact stays in view
        self._fit_rows(self.tree.sizeHintForRow(0))
        self.correct_button.setEnabled(False)
        overridden = facts.overridden
        self.hint.setText(f"{len(overridden)} fact(s) set by the coder" if overridden else "")

    def _fact_row(self, name: str, fact: Fact) -> list[QStandardItem]:
        label = FACT_LABELS[name]
        detail = f"<h3>{label}: {html.escape(format_value(fact.value))}</h3>"
        if fact.overridden:
            who, when = getattr(fact, "set_by", None), getattr(fact, "set_at", None)
            how = ("Follows from the coder's lesion corrections." if getattr(fact, "derived", False)
                   else "Set by " + (html.escape(who) if who else "the coder")
                   + (f" on {html.escape(when[:16].replace('T', ' '))}" if when else "") + ".")
            detail += (f"<p style='color:#6a1b9a'><b>{how}</b> The reader found: "
                       f"{html.escape(format_value(fact.original))}.</p>")
        detail += evidence_html(fact.evidence)
        name_item = _item(label, kind="fact", key=name, evidence=fact.evidence, detail=detail)
        name_item.setIcon(icon("override") if fact.overridden else icon("fact"))
        value_item = _cell(format_value(fact.value) + ("  (coder)" if fact.overridden else ""))
        if fact.overridden:
            value_item.setToolTip(f"Set by the coder; the reader found {format_value(fact.original)}")
            value_item.setForeground(Qt.GlobalColor.darkMagenta)
        return [name_item, value_item, _cell(_first_page(fact.evidence))]

    @staticmethod
    def _mark_status(row: list[QStandardItem], fact: Fact, blocked: Sequence[tuple[str, str]]) -> None:
        """A course that was not delivered stands out, with the claimed codes it leaves unsupported."""
        if fact.value in (None, "delivered"):
            return
        name_item, value_item = row[0], row[1]
        name_item.setIcon(icon("problem"))
        value_item.setForeground(Qt.GlobalColor.darkRed)
        font = value_item.font()
        font.setBold(True)
        value_item.setFont(font)
        label = VALUE_LABELS.get(str(fact.value), str(fact.value))
        detail = name_item.data(DETAIL_ROLE)
        if blocked:
            codes = [code for code, _ in blocked]
            value_item.setText(value_item.text() + f" — {', '.join(codes)} not supported")
            detail = detail.replace("</h3>", "</h3><p style='color:#b00020'><b>" + html.escape(label)
                                    + f": this is why {html.escape(_codes_phrase(codes))} not supported.</b></p><ul>"
                                    + "".join(f"<li>{html.escape(why)}</li>" for _, why in blocked) + "</ul>", 1)
        else:
            detail = detail.replace("</h3>", f"</h3><p style='color:#b00020'><b>{html.escape(label)}.</b> "
                                    "Codes for treatment delivered in this course are not supported.</p>", 1)
        name_item.setData(detail, DETAIL_ROLE)
        value_item.setToolTip(value_item.text())

    def _lesion_row(self, lesion: Lesion, ref: str) -> list[QStandardItem]:
        parts = [lesion.site or "site not stated"]
        if lesion.complexity:
            parts.append(lesion.complexity)
        dose = f"{lesion.dose_gy:g} Gy" if lesion.dose_gy is not None else "dose not stated"
        fx = f" / {lesion.fractions} fx" if lesion.fractions else ""
        value = f"{', '.join(parts)}; {dose}{fx}"
        reasons = "".join(f"<li>{html.escape(r)}</li>" for r in lesion.complexity_reasons)
        detail = (f"<h3>Lesion: {html.escape(lesion.name)}</h3><p>{html.escape(value)}</p>"
                  + (f"<p>Complexity because:</p><ul>{reasons}</ul>" if reasons else "")
                  + evidence_html(lesion.evidence))
        item = _item(lesion.name, kind="lesion", key=ref, evidence=lesion.evidence, detail=detail)
        return [item, _cell(value), _cell(_first_page(lesion.evidence))]

    def current_fact(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        item = self.tree.model_.itemFromIndex(index.siblingAtColumn(0))
        if item.data(KIND_ROLE) == "lesion":
            return "lesion_count"
        return item.data(KEY_ROLE) if item.data(KIND_ROLE) == "fact" else None

    def _fit_rows(self, row_height: int) -> None:
        """A minimum height that shows the header and every fact row without scrolling."""
        if row_height <= 0:
            return
        header = self.tree.header().sizeHint().height()
        frame = 2 * self.tree.frameWidth()
        self.tree.setMinimumHeight(header + row_height * len(FACT_NAMES) + frame + 4)

    def current_lesion(self) -> str | None:
        """The correction reference (``2``, ``+1``) of the selected lesion row, or None."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        item = self.tree.model_.itemFromIndex(index.siblingAtColumn(0))
        return item.data(KEY_ROLE) if item.data(KIND_ROLE) == "lesion" else None

    def request_correction(self) -> None:
        name = self.current_fact()
        if name:
            self._hub.override_requested.emit(name)

    def select_fact(self, name: str) -> None:
        for item in self.tree.items("fact"):
            if item.data(KEY_ROLE) == name:
                self.tree.select_item(item)
                return

    def _on_chosen(self, item: QStandardItem) -> None:
        self.correct_button.setEnabled(item.data(KIND_ROLE) in ("fact", "lesion"))
        self._hub.evidence_selected.emit(item.data(EVIDENCE_ROLE) or ())


# ------------------------------------------------------------------------------------------------
# Claimed codes
# ------------------------------------------------------------------------------------------------


class CodesCompleter(QCompleter):
    """Completes the code being typed after the last comma, keeping the ones before it."""

    def __init__(self, codes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = QStringListModel(list(codes), self)
        self.setModel(self._codes)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_codes(self, codes: Sequence[str]) -> None:
        self._codes.setStringList(list(codes))

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = [c.strip() for c in text.split(",")[:-1] if c.strip()]
        return ", ".join(head + [str(index.data())])


class CodesBar(QWidget):
    """The claimed codes: a line with completion from the template codes, and a Check button."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel("Claimed &codes:", self)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("e.g. 77372, 77432, 61796")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Claimed codes")
        self.edit.setToolTip("Comma-separated CPT/HCPCS codes the billing office claims. Enter re-checks.")
        self.label.setBuddy(self.edit)
        self.completer = CodesCompleter((), self.edit)
        self.edit.setCompleter(self.completer)
        self.check_button = QPushButton("Chec&k", self)
        self.check_button.setToolTip("Check the chart against these codes (Enter)")
        self.error = QLabel("", self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.origin = QLabel("", self)
        self.origin.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        layout.addWidget(self.origin)
        layout.addWidget(self.error)
        self.edit.returnPressed.connect(self._submit)
        self.check_button.clicked.connect(self._submit)

    def set_template_codes(self, codes: Sequence[str]) -> None:
        self.completer.set_codes(codes)

    def set_codes(self, codes: Sequence[str], origin: str = "") -> None:
        self.edit.setText(", ".join(codes))
        self.origin.setText(origin)
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _submit(self) -> None:
        self.submitted.emit(self.edit.text())


# ------------------------------------------------------------------------------------------------
# Results
# ------------------------------------------------------------------------------------------------


WRAPPED_KINDS = ("problem", "review_flag", "warning", "note", "course_status")


class WrapDelegate(QStyledItemDelegate):
    """Rows of sentences (problems, review flags, warnings) as tall as their text wrapped to the column."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(KIND_ROLE) not in WRAPPED_KINDS:
            return size
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        icon_w = self._tree.iconSize().width() if self._tree.iconSize().isValid() else 16
        width = self._tree.columnWidth(0) - self._tree.indentation() * depth - max(icon_w, 16) - 14
        if width < 60:
            return size
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 8))


class ResultsPanel(QWidget):
    """code → category → requirement, each with a status icon and word; problems and suggestions."""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.tree = _Tree(("Requirement", "Status", "Source"), self)
        self.tree.setAccessibleName("Checks")
        self.tree.setAccessibleDescription("Each claimed code, its documentation categories and requirements "
                                           "with their status; review flags first.")
        # a long problem sentence wraps onto more lines instead of being cut
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(0, WrapDelegate(self.tree))
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(30)
        self._relayout.timeout.connect(self.tree.doItemsLayout)
        self.tree.header().sectionResized.connect(lambda *_: self._relayout.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.item_chosen.connect(self._on_chosen)

    def show_result(self, result) -> None:
        self.tree.reset_rows()
        root = self.tree.model_.invisibleRootItem()
        blocked = stage_blocked(result)
        if blocked:  # the course did not get as far as the claimed codes' service: the reason comes first
            root.appendRow(self._status_rows(result.facts.course_status, blocked))
        review = tuple(getattr(result, "review", ()) or ())
        if review:  # where the chart disagrees with itself: the coder looks here first
            root.appendRow(self._review_rows(review))
        for code in result.codes:
            root.appendRow(self._code_rows(code))
        if not result.codes:
            root.appendRow([_item("No codes claimed: enter them above to check the chart.", kind="note"),
                            _cell(""), _cell("")])
        root.appendRow(self._suggestion_rows(result.suggestions))
        for warning in result.warnings:
            item = _item(warning, kind="warning", detail=f"<p><b>Warning.</b> {html.escape(warning)}</p>")
            item.setIcon(icon("problem"))
            root.appendRow([item, _cell("warning"), _cell("")])
        self._expand_gaps()

    def _expand_gaps(self) -> None:
        """Codes open; a category open only when something in it is not met (the coder's work list)."""
        self.tree.collapseAll()
        for item in self.tree.items():
            kind = item.data(KIND_ROLE)
            if kind in ("code", "suggestions", "review"):
                self.tree.expand(item.index())
            elif kind == "category":
                status = item.parent().child(item.row(), 1).text()
                if status != "met":
                    self.tree.expand(item.index())

    def _code_rows(self, code: CodeResult) -> list[QStandardItem]:
        title = f"{code.code}  {code.title}" if code.title else code.code
        met = sum(r.status == "met" for r in code.requirements)
        detail = (f"<h3>{html.escape(title)}</h3><p>Verdict: <b>{code.verdict}</b>; "
                  f"{met} of {len(code.requirements)} requirements met.</p>")
        if code.template_version:
            detail += f"<p>Template version {html.escape(code.template_version)}.</p>"
        if code.problems:
            detail += "<p>The documented facts contradict this code:</p><ul>" + "".join(
                f"<li>{html.escape(p)}</li>" for p in code.problems) + "</ul>"
        if not code.known:
            detail += "<p>There is no checklist template for this code.</p>"
        item = _item(title, kind="code", key=code.code, detail=detail)
        item.setIcon(verdict_icon(code.verdict) if code.known else icon("unknown"))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        verdict = _cell(VERDICT_LABELS.get(code.verdict, code.verdict) if code.known else "no template")
        verdict.setIcon(verdict_icon(code.verdict) if code.known else icon("unknown"))
        for problem in code.problems:
            p = _item(problem, kind="problem", key=code.code,
                      detail=f"<h3>Inconsistent with {code.code}</h3><p>{html.escape(problem)}</p>")
            p.setIcon(icon("problem"))
            item.appendRow([p, _cell("problem"), _cell("")])
        for category in _categories(code.requirements):
            item.appendRow(self._category_rows(code, category))
        return [item, verdict, _cell("")]

    def _category_rows(self, code: CodeResult, category: str) -> list[QStandardItem]:
        reqs = [r for r in code.requirements if r.category == category]
        status = _worst(r.status for r in reqs)
        label = category_label(category)
        cat = _item(label, kind="category", key=category,
                    detail=f"<h3>{code.code}: {html.escape(label)}</h3><p>{status}: "
                           f"{sum(r.status == 'met' for r in reqs)} of {len(reqs)} requirements met.</p>")
        cat.setIcon(status_icon(status))
        for req in reqs:
            cat.appendRow(self._requirement_row(req))
        st = _cell(status)
        st.setIcon(status_icon(status))
        return [cat, st, _cell("")]

    def _requirement_row(self, req: RequirementResult) -> list[QStandardItem]:
        detail = f"<h3>{html.escape(req.label)}</h3><p>Status: <b>{req.status}</b></p>"
        if req.found:
            detail += "<p>Found: " + html.escape(", ".join(req.found)) + "</p>"
        if req.missing:
            detail += "<p>Missing: " + html.escape(", ".join(req.missing)) + "</p>"
        detail += evidence_html(req.evidence)
        if req.status != "met" and req.query:
            detail += (f"<p><b>Query for the physician:</b></p>"
                       f"<blockquote>{html.escape(req.query)}</blockquote>")
        item = _item(req.label, kind="requirement", key=req.id, evidence=req.evidence, detail=detail)
        item.setIcon(status_icon(req.status))
        status = _cell(req.status)
        status.setIcon(status_icon(req.status))
        return [item, status, _cell(_first_page(req.evidence))]

    def _status_rows(self, status: Fact, blocked: Sequence[tuple[str, str]]) -> list[QStandardItem]:
        codes = [code for code, _ in blocked]
        label = VALUE_LABELS.get(str(status.value), str(status.value))
        quote = f" — “{status.evidence[0].text}” ({where(status.evidence[0])})" if status.evidence else ""
        mine = " (set by the coder)" if status.overridden else ""
        text = f"Course status: {label}{mine}. This is why {_codes_phrase(codes)} not supported{quote}"
        head = _item(text, kind="course_status", key="course_status", evidence=status.evidence,
                     detail=f"<h3>Course status: {html.escape(label)}{mine}</h3><p>The chart documents no "
                            "treatment delivered in this course, so the claimed codes for services the course did "
                            "not reach are not supported:</p><ul>"
                            + "".join(f"<li>{html.escape(why)}</li>" for _, why in blocked) + "</ul>"
                            + "<p>If the chart does document delivery, correct the course status (F2).</p>"
                            + evidence_html(status.evidence))
        head.setIcon(icon("problem"))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        head.setToolTip(text)
        state = _cell(str(status.value))
        state.setForeground(Qt.GlobalColor.darkRed)
        return [head, state, _cell(_first_page(status.evidence))]

    def _review_rows(self, flags: Sequence[Any]) -> list[QStandardItem]:
        interrupted = all(getattr(f, "kind", "") == "interrupted_course" for f in flags)
        what = "an interrupted course" if interrupted else "the chart disagrees with itself"
        head = _item(f"Review first: {what} ({len(flags)})", kind="review",
                     detail="<h3>Review first</h3><p>Places where the chart disagrees with itself, where the "
                            "reader was unsure, or a course that delivered fewer fractions than planned (bill the "
                            "delivered ones). Each shows the chart's words; correct the fact if the reader "
                            "chose wrong.</p>")
        head.setIcon(icon("problem"))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        for flag in flags:
            quotes = "; ".join(f"“{e.text}” ({where(e)})" for e in flag.evidence[:3])
            text = flag.message + (f" — {quotes}" if quotes else "")
            title = "Interrupted course" if getattr(flag, "kind", "") == "interrupted_course" else "Review"
            child = _item(text, kind="review_flag", key=flag.fact or "", evidence=flag.evidence,
                          detail=f"<h3>{title}</h3><p>{html.escape(flag.message)}</p>" + evidence_html(flag.evidence))
            child.setIcon(icon("problem"))
            child.setToolTip(text)
            head.appendRow([child, _cell("review"), _cell(_first_page(flag.evidence))])
        return [head, _cell(str(len(flags))), _cell("")]

    def _suggestion_rows(self, suggestions: Sequence[Suggestion]) -> list[QStandardItem]:
        head = _item("Suggested codes", kind="suggestions",
                     detail="<h3>Suggested codes</h3><p>Codes the documentation supports.</p>")
        head.setIcon(icon("suggestion"))
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        for s in suggestions:
            notes = tuple(getattr(s, "notes", ()) or ())
            text = f"{s.code}" + (f" × {s.units}" if s.units > 1 else "") + f" — {s.reason}"
            text += "".join(f" Note: {n}" for n in notes)
            child = _item(text, kind="suggestion", key=s.code,
                          detail=f"<h3>{s.code}" + (f" × {s.units}" if s.units > 1 else "")
                                 + f"</h3><p>{html.escape(s.reason)}</p>"
                                 + "".join(f"<p style='color:#8a5a00'><b>Note.</b> {html.escape(n)}</p>"
                                           for n in notes))
            child.setIcon(icon("suggestion"))
            head.appendRow([child, _cell(s.kind), _cell("")])
        if not suggestions:
            head.appendRow([_item("None: the chart documents no stereotactic course.", kind="note"),
                            _cell(""), _cell("")])
        return [head, _cell(str(len(suggestions))), _cell("")]

    def select_requirement(self, requirement_id: str, code: str | None = None) -> bool:
        for item in self.tree.items("requirement"):
            owner = item.parent().parent()
            if item.data(KEY_ROLE) == requirement_id and (code is None or owner.data(KEY_ROLE) == code):
                self.tree.select_item(item)
                return True
        return False

    def _on_chosen(self, item: QStandardItem) -> None:
        self._hub.evidence_selected.emit(item.data(EVIDENCE_ROLE) or ())

    def current_fact(self) -> str | None:
        """The fact the selected check rests on (what F2 corrects from here), or None."""
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        item = self.tree.model_.itemFromIndex(index.siblingAtColumn(0))
        kind = item.data(KIND_ROLE)
        if kind == "requirement":
            category = item.parent().data(KEY_ROLE) if item.parent() is not None else ""
            return category if category in FACT_NAMES else None
        if kind == "category":
            return item.data(KEY_ROLE) if item.data(KEY_ROLE) in FACT_NAMES else None
        if kind == "course_status":
            return "course_status"
        if kind == "problem":
            return fact_of_problem(item.text(), item.data(KEY_ROLE) or "")
        if kind == "review_flag":
            fact = item.data(KEY_ROLE)
            if fact in FACT_NAMES:
                return fact
            return "lesion_count" if str(fact).startswith("lesion") else fact_of_problem(item.text())
        return None


# Words of a consistency problem that name the fact it contradicts (first match wins).
_PROBLEM_FACTS = (("positioning", "positioning"), ("delivery", "modality"), ("fraction", "fractions"),
                  ("session", "fractions"), ("treatment", "sites"), ("lesion", "lesion_count"))


def fact_of_problem(text: str, code: str = "") -> str | None:
    """The fact a consistency problem sentence is about (``sites`` for "...also documents spinal
    treatment", ``course_status`` for "77373 is for treatment delivered in this course, but ..."), so F2
    on a problem corrects that fact."""
    if stage_problem(code or text.split(" ", 1)[0], [text]):
        return "course_status"
    lowered = text.lower()
    return next((fact for word, fact in _PROBLEM_FACTS if word in lowered), None)


def _categories(reqs: Sequence[RequirementResult]) -> list[str]:
    seen: list[str] = []
    for r in reqs:
        if r.category not in seen:
            seen.append(r.category)
    return seen


def _worst(statuses: Iterable[str]) -> str:
    statuses = set(statuses)
    if statuses <= {"met"}:
        return "met"
    return "missing" if statuses == {"missing"} else "partial"


class DetailsBox(QTextBrowser):
    """The selected item's details: evidence quotations, missing elements, the physician query."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAcceptDrops(False)
        self.setAccessibleName("Details of the selected item")
        self.setPlaceholderText("Select a fact or a requirement to see its evidence.")

    def show_item(self, item: QStandardItem) -> None:
        self.setHtml(item.data(DETAIL_ROLE) or "")


# ------------------------------------------------------------------------------------------------
# Queries and coder findings
# ------------------------------------------------------------------------------------------------


def _identity_text(fact: Fact, missing: str = "not stated in the chart") -> str:
    value = fact.value
    if value in (None, [], ""):
        return missing
    if isinstance(value, (list, tuple)):
        value = list(value)
        if fact is not None and len(value) == 2 and all(isinstance(v, str) and v[:4].isdigit() for v in value):
            return value[0] if value[0] == value[1] else f"{value[0]} to {value[1]}"
        return ", ".join(str(v) for v in value)
    return str(value)


def query_html(query: Any, result: Any) -> str:
    """A query as the recipient reads it (header, indicators with page, question, options), then what it
    tracks for the coder (requirements and codes: never part of the query itself)."""
    ident = result.reading.identity
    e = html.escape
    head = [("Query", query.id), ("To", query.recipient), ("Patient", _identity_text(ident.patient_name)),
            ("MRN", _identity_text(ident.mrn)), ("Service dates", _identity_text(ident.dates_of_service)),
            ("Attending", _identity_text(ident.attending_physician))]
    rows = "".join(f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in head)
    options = "".join(f"<li>☐ {e(o)}</li>" for o in query.options)
    tracks = ", ".join(getattr(query, "labels", ()) or query.requirements)
    return (f"<h3>Documentation query {e(query.id)}</h3><table>{rows}</table>"
            f"<p><b>Clinical indicators in the record</b></p>{evidence_html(query.indicators)}"
            f"<p><b>Question.</b> {e(query.question)}</p><ul style='list-style:none'>{options}</ul>"
            f"<p style='color:#5B6472'>For the coder (not part of the query): it asks about "
            f"{e(tracks)}; codes {e(', '.join(query.codes))}.</p>")


class QueriesPanel(QWidget):
    """The documentation queries (one per gap, each to its recipient) and the coder's findings (gaps the
    chart explains itself: it says the service was not done, so nobody is asked)."""

    def __init__(self, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.tree = _Tree(("Query", "To", "Source"), self)
        self.tree.setAccessibleName("Documentation queries")
        self.tree.setAccessibleDescription("Each documentation query: its question, recipient, the clinical "
                                           "indicators with their page and the answer options; then the "
                                           "coder's findings.")
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(0, WrapDelegate(self.tree))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.tree.item_chosen.connect(lambda item: self._hub.evidence_selected.emit(item.data(EVIDENCE_ROLE) or ()))

    def show_result(self, result: Any) -> None:
        self.tree.reset_rows()
        root = self.tree.model_.invisibleRootItem()
        queries = tuple(getattr(result, "queries", ()) or ())
        findings = tuple(getattr(result, "findings", ()) or ())
        for q in queries:
            root.appendRow(self._query_rows(q, result))
        if not queries:
            root.appendRow([_item("No documentation query: every requirement of the claimed codes is "
                                  "documented, or the gaps are coder findings.", kind="note"), _cell(""), _cell("")])
        if findings:
            root.appendRow(self._finding_rows(findings))
        for item in self.tree.items():  # queries, their indicators and the findings open; options closed
            if item.data(KIND_ROLE) in ("query", "indicators", "findings"):
                self.tree.expand(item.index())

    def _query_rows(self, q: Any, result: Any) -> list[QStandardItem]:
        item = _item(f"{q.id}: {q.question}", kind="query", key=q.id, evidence=q.indicators,
                     detail=query_html(q, result))
        item.setIcon(icon("problem"))
        detail = item.data(DETAIL_ROLE)
        indicators = _item("Clinical indicators in the record", kind="indicators", key=q.id,
                           evidence=q.indicators, detail=detail)
        for e in q.indicators:
            indicators.appendRow([_item(f"“{e.text}”", kind="indicator", key=q.id, evidence=(e,), detail=detail),
                                  _cell(""), _cell(where(e))])
        if not q.indicators:
            indicators.appendRow([_item("No related statement was found in the record.", kind="note"),
                                  _cell(""), _cell("")])
        options = _item("Options", kind="options", key=q.id, detail=detail)
        for o in q.options:
            options.appendRow([_item(f"☐ {o}", kind="option", key=q.id, detail=detail), _cell(""), _cell("")])
        item.appendRow([indicators, _cell(""), _cell(_first_page(q.indicators))])
        item.appendRow([options, _cell(""), _cell("")])
        return [item, _cell(q.recipient), _cell(_first_page(q.indicators))]

    def _finding_rows(self, findings: Sequence[Any]) -> list[QStandardItem]:
        head = _item(f"Coder findings, not queried: the chart says it was not done ({len(findings)})",
                     kind="findings", detail="<h3>Coder findings</h3><p>Gaps the chart explains itself: it "
                                             "says the service was not done, so no query is sent. Review the "
                                             "codes that need it.</p>")
        head.setIcon(icon("problem"))
        for f in findings:
            quote = f" — “{f.evidence[0].text}”" if f.evidence else ""
            text = f"{f.label} ({', '.join(f.codes)}){quote}"
            child = _item(text, kind="finding", key=f.requirement, evidence=f.evidence,
                          detail=f"<h3>{html.escape(f.label)}</h3><p>The chart says it was not done; codes "
                                 f"{html.escape(', '.join(f.codes))}.</p>" + evidence_html(f.evidence))
            child.setIcon(icon("problem"))
            head.appendRow([child, _cell("coder"), _cell(_first_page(f.evidence))])
        return [head, _cell(str(len(findings))), _cell("")]
