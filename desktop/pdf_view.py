"""The chart itself: PDF pages rendered with pypdfium2 (PySide6-Essentials has no QtPdf; a scan or fax
image file shows its frames as the pages the reader read, :class:`srscheck.nlp.images.ImageChart`), or the text
of a .txt chart, with the evidence of the selected fact or requirement highlighted and scrolled into view.

Evidence boxes are in PDF points with a top-left origin, so one scene unit is one point and zoom is the
view's transform. Pages are rendered lazily, at the resolution they are drawn at, and cached.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from srscheck.nlp.images import ImageChart, is_image

from srscheck.core.model import Box, Document, Evidence

PAGE_GAP = 16.0  # points between pages
HIGHLIGHT_FILL = QColor(255, 213, 0, 90)
HIGHLIGHT_EDGE = QColor(230, 120, 0)
FIND_FILL = QColor(26, 115, 232, 55)  # every Find hit
FIND_CURRENT_FILL = QColor(255, 140, 0, 120)  # the hit Find is on
THUMB_WIDTH = 96  # pixels, page thumbnails in the page list
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
PRERENDER_PAGES = 8  # rendered when the chart opens, so nothing calls pdfium while the reader runs
PRERENDER_SCALE = 1.5


def pil_to_qimage(pil_image) -> QImage:
    """A PIL image (as pypdfium2 returns) as a QImage that owns its pixels."""
    img = pil_image.convert("RGBA")
    data = img.tobytes("raw", "RGBA")
    return QImage(data, img.width, img.height, img.width * 4, QImage.Format.Format_RGBA8888).copy()


def render_page(pdf, index: int, scale: float) -> QImage:
    """Page ``index`` (0-based) of an open ``pypdfium2.PdfDocument`` as a QImage."""
    bitmap = pdf[index].render(scale=scale)
    return pil_to_qimage(bitmap.to_pil())


class _PageCache:
    """Rendered pages by (index, scale); a few pages only, so long charts stay light."""

    def __init__(self, pdf, size: int = 8) -> None:
        self._pdf = pdf
        self._size = size
        self._images: OrderedDict[tuple[int, float], QImage] = OrderedDict()

    def image(self, index: int, scale: float, render: bool = True) -> QImage | None:
        """The page at ``scale``; with ``render=False`` only a cached image (of any scale), or None."""
        key = (index, round(scale, 2))
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if not render:
            return next((img for (i, _), img in reversed(self._images.items()) if i == index), None)
        image = render_page(self._pdf, index, key[1])
        self._images[key] = image
        while len(self._images) > self._size:
            self._images.popitem(last=False)
        return image


class PageItem(QGraphicsItem):
    """One page: a white sheet of the page's size in points, painted from the page cache."""

    def __init__(self, index: int, width: float, height: float, cache: _PageCache,
                 may_render: Callable[[], bool]) -> None:
        super().__init__()
        self.index = index
        self.width = width
        self.height = height
        self._cache = cache
        self._may_render = may_render

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect.translated(2, 3), QColor(0, 0, 0, 40))
        painter.fillRect(rect, Qt.GlobalColor.white)
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        scale = max(0.5, min(8.0, painter.worldTransform().m11() * ratio))
        try:
            image = self._cache.image(self.index, scale, self._may_render())
        except Exception:  # noqa: BLE001 — a damaged page: leave it blank rather than break painting
            image = None
        if image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(rect, image)
        painter.setPen(QPen(QColor(180, 180, 180), 0))
        painter.drawRect(rect)


class PageView(QGraphicsView):
    """Pages of a PDF stacked vertically: zoom (fit width, fit page, keyboard), paging keys, evidence and
    Find highlights."""

    zoom_changed = Signal(float)
    page_changed = Signal(int)  # 1-based page now in view
    pdfium_released = Signal()  # pdfium may be used again from the GUI thread (thumbnails)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setBackgroundBrush(QColor(0x5f, 0x63, 0x68))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(False)  # drops go to the main window
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Chart pages")
        self.setAccessibleDescription("The chart's pages; the selected evidence is highlighted. "
                                      "Space and Page Down scroll down, Home and End go to the first and last page.")
        self._pdf = None
        self._pages: list[PageItem] = []
        self._highlights: list[QGraphicsRectItem] = []
        self._find_items: list[QGraphicsRectItem] = []
        self._zoom = 1.0
        self._fit: str | None = "width"  # "width" | "page" | None (a zoom the coder chose)
        self._last_page = 0
        # pdfium is not thread-safe: the owner says when pdfium is free for painting (see set_render_gate)
        self._may_render: Callable[[], bool] = lambda: True
        self._to_close: list = []  # documents to close once pdfium is free
        self._deferred: Path | None = None  # a chart to show once pdfium is free
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    def set_render_gate(self, may_render: Callable[[], bool]) -> None:
        """``may_render()`` is False while a worker may be using pdfium (the reader uses it too)."""
        self._may_render = may_render
        self.viewport().update()

    @property
    def may_render(self) -> bool:
        return self._may_render()

    def pdfium_free(self) -> None:
        """Called when the worker has let go of pdfium: close old documents, open a deferred one."""
        if not self._may_render():
            return
        for pdf in self._to_close:
            pdf.close()
        self._to_close = []
        if self._deferred is not None:
            path, self._deferred = self._deferred, None
            try:
                self.load(path)
            except Exception:  # noqa: BLE001
                self.clear()
        self.viewport().update()
        self.pdfium_released.emit()

    # -- loading --------------------------------------------------------------------------------
    def load(self, path: str | Path) -> int:
        """Show the PDF (or the image file of pages) at ``path``; returns the number of pages. Raises on an
        unreadable file.

        While the worker may be using pdfium the pages are shown later (:meth:`pdfium_free`); 0 then.
        """
        import pypdfium2

        self.clear()
        if not self._may_render():
            self._deferred = Path(path)
            return 0
        if is_image(path):  # a scan or fax: each frame on a page of its size, as the reader reads it
            pdf = ImageChart(path)
            sizes = pdf.sizes
        else:
            pdf = pypdfium2.PdfDocument(str(path))
            sizes = [pdf[index].get_size() for index in range(len(pdf))]
        self._pdf = pdf
        cache = _PageCache(pdf)
        y = 0.0
        for index, (width, height) in enumerate(sizes):
            if index < PRERENDER_PAGES and self._may_render():
                cache.image(index, PRERENDER_SCALE)
            item = PageItem(index, width, height, cache, lambda: self._may_render())
            item.setPos(0, y)
            self.scene().addItem(item)
            self._pages.append(item)
            y += height + PAGE_GAP
        widest = max((p.width for p in self._pages), default=612.0)
        self.scene().setSceneRect(QRectF(-PAGE_GAP, -PAGE_GAP, widest + 2 * PAGE_GAP, y + PAGE_GAP))
        if self._fit is None:
            self._fit = "width"
        self._apply_fit()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._last_page = 0
        self._on_scrolled()
        self.pdfium_released.emit()
        return len(self._pages)

    def clear(self) -> None:
        self.scene().clear()
        self._pages = []
        self._highlights = []
        self._find_items = []
        self._deferred = None
        if self._pdf is not None:
            self._to_close.append(self._pdf)
            self._pdf = None
        if self._may_render():
            for pdf in self._to_close:
                pdf.close()
            self._to_close = []
        self._last_page = 0

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def page_item(self, number: int) -> PageItem | None:
        """The item of 1-based page ``number``."""
        return self._pages[number - 1] if 0 < number <= len(self._pages) else None

    def thumbnail(self, number: int, width: int = THUMB_WIDTH) -> QImage | None:
        """Page ``number`` (1-based) ``width`` pixels wide, or None while pdfium is busy elsewhere."""
        item = self.page_item(number)
        if item is None or self._pdf is None or not self._may_render():
            return None
        try:
            return render_page(self._pdf, item.index, width / item.width)
        except Exception:  # noqa: BLE001 — a damaged page gets no thumbnail
            return None

    # -- highlights -----------------------------------------------------------------------------
    @property
    def highlights(self) -> list[QGraphicsRectItem]:
        return list(self._highlights)

    @property
    def find_highlights(self) -> list[QGraphicsRectItem]:
        return list(self._find_items)

    def clear_highlights(self) -> None:
        for item in self._highlights:
            self.scene().removeItem(item)
        self._highlights = []

    def _boxes(self, ev: Evidence, fill: QColor, edge: QColor | None) -> list[QGraphicsRectItem]:
        page = self.page_item(ev.page)
        if page is None:
            return []
        out = []
        for box in _merge_lines(ev.boxes):
            rect = QRectF(box.x0 - 1.5, box.top - 1.5, box.x1 - box.x0 + 3, box.bottom - box.top + 3)
            item = QGraphicsRectItem(rect, page)
            item.setBrush(QBrush(fill))
            item.setPen(QPen(edge, 0) if edge is not None else QPen(Qt.PenStyle.NoPen))
            out.append(item)
        return out

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        """Highlight the word boxes of ``evidence`` and scroll the first one into view."""
        self.clear_highlights()
        target: QRectF | None = None
        for ev in evidence:
            page = self.page_item(ev.page)
            if page is None:
                continue
            items = self._boxes(ev, HIGHLIGHT_FILL, HIGHLIGHT_EDGE)
            self._highlights.extend(items)
            if target is None and items:
                target = items[0].mapRectToScene(items[0].rect())
            if target is None:  # evidence without boxes (e.g. an override): show the page's top
                target = page.mapRectToScene(QRectF(0, 0, page.width, 60))
        if target is not None:
            self._reveal(target)

    def show_find(self, hits: Sequence[Evidence], current: int) -> None:
        """Find: every hit on this document tinted, hit ``current`` (an index into ``hits``) stronger
        and scrolled into view."""
        for item in self._find_items:
            self.scene().removeItem(item)
        self._find_items = []
        target = None
        for n, ev in enumerate(hits):
            items = self._boxes(ev, FIND_CURRENT_FILL if n == current else FIND_FILL,
                                HIGHLIGHT_EDGE if n == current else None)
            self._find_items.extend(items)
            if n == current:
                page = self.page_item(ev.page)
                if items:
                    target = items[0].mapRectToScene(items[0].rect())
                elif page is not None:
                    target = page.mapRectToScene(QRectF(0, 0, page.width, 60))
        if target is not None:
            self._reveal(target)

    def _reveal(self, target: QRectF) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.adjusted(0, 20, 0, -20).contains(target):
            centre = self.mapToScene(self.viewport().rect().center())
            self.centerOn(centre.x(), target.center().y())
        self.ensureVisible(target, 20, 20)

    # -- zoom -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def fit_mode(self) -> str | None:
        return self._fit

    def set_zoom(self, zoom: float) -> None:
        self._fit = None
        self._set_scale(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.2)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_width(self) -> None:
        self._fit = "width"
        self._apply_fit()

    def fit_page(self) -> None:
        """The whole page in view; the page in view stays."""
        page = self.current_page()
        self._fit = "page"
        self._apply_fit()
        if page:
            self.go_to_page(page)

    def _set_scale(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def _apply_fit(self) -> None:
        if not self._pages or self._fit is None:
            return
        widest = max(p.width for p in self._pages) + 2 * PAGE_GAP
        available = self.viewport().width() - 4
        if available <= 50:
            return
        zoom = available / widest
        if self._fit == "page":
            tallest = max(p.height for p in self._pages) + PAGE_GAP
            if self.viewport().height() > 50:
                zoom = min(zoom, (self.viewport().height() - 4) / tallest)
        self._set_scale(zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self._apply_fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)

    # -- pages ----------------------------------------------------------------------------------
    def current_page(self) -> int:
        """1-based number of the page that fills most of the view (the first of equals); 0 if none."""
        if not self._pages:
            return 0
        bar = self.verticalScrollBar()
        if bar.maximum() > bar.minimum() and bar.value() >= bar.maximum():
            return len(self._pages)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        best, best_share = 1, -1.0
        for item in self._pages:
            top, bottom = item.pos().y(), item.pos().y() + item.height
            share = min(bottom, visible.bottom()) - max(top, visible.top())
            if share > best_share + 0.5:
                best, best_share = item.index + 1, share
        return best

    def go_to_page(self, number: int) -> None:
        """Scroll so the top of page ``number`` (1-based, clamped) is at the top of the view."""
        if not self._pages:
            return
        item = self._pages[max(1, min(number, len(self._pages))) - 1]
        top = self.mapToScene(0, 0).y()
        delta = (item.pos().y() - PAGE_GAP / 2) - top
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round(delta * self._zoom))
        self._on_scrolled()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def scroll_screen(self, direction: int) -> None:
        """One screen down (``1``) or up (``-1``), keeping a line of the last one."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + direction * max(20, int(self.viewport().height() * 0.9)))

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Home:
            self.go_to_page(1)
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        elif key == Qt.Key.Key_End:
            self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())
            self._on_scrolled()
        elif key == Qt.Key.Key_Space:
            self.scroll_screen(-1 if shift else 1)
        elif key == Qt.Key.Key_PageDown:
            self.scroll_screen(1)
        elif key == Qt.Key.Key_PageUp:
            self.scroll_screen(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_scrolled(self, *_: object) -> None:
        page = self.current_page()
        if page != self._last_page:
            self._last_page = page
            self.page_changed.emit(page)


def _merge_lines(boxes: Iterable[Box]) -> list[Box]:
    """Word boxes joined into one box per line, so a quotation reads as one highlight per line."""
    lines: list[Box] = []
    for box in sorted(boxes, key=lambda b: (round(b.top), b.x0)):
        last = lines[-1] if lines else None
        if last is not None and abs(last.top - box.top) < 3 and box.x0 - last.x1 < 30:
            lines[-1] = last.union(box)
        else:
            lines.append(box)
    return lines


class TextView(QPlainTextEdit):
    """The text of a .txt chart, read-only, with the evidence highlighted by character offsets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptDrops(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setStyleSheet("QPlainTextEdit { background: white; color: #202124; padding: 18px; }")
        self.setAccessibleName("Chart text")
        self._evidence_sel: list[QTextEdit.ExtraSelection] = []
        self._find_sel: list[QTextEdit.ExtraSelection] = []

    def load_text(self, text: str) -> None:
        self.setPlainText(text.replace("\f", "\n"))  # same length: offsets stay valid
        self._evidence_sel, self._find_sel = [], []
        self.setExtraSelections([])

    def _selections(self, evidence: Sequence[Evidence], colour: QColor) -> list[QTextEdit.ExtraSelection]:
        out = []
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(colour))
        length = len(self.toPlainText())
        for ev in evidence:
            if ev.start < 0 or ev.end <= ev.start or ev.start >= length:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(ev.start)
            cursor.setPosition(min(ev.end, length), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            out.append(sel)
        return out

    def _reveal(self, sel: QTextEdit.ExtraSelection) -> None:
        cursor = QTextCursor(sel.cursor)
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.centerCursor()

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        self._evidence_sel = self._selections(evidence, QColor(255, 213, 0, 150))
        self.setExtraSelections(self._find_sel + self._evidence_sel)
        if self._evidence_sel:
            self._reveal(self._evidence_sel[0])

    def show_find(self, hits: Sequence[Evidence], current: int) -> None:
        others = [h for n, h in enumerate(hits) if n != current]
        self._find_sel = self._selections(others, FIND_FILL)
        now = self._selections([hits[current]], FIND_CURRENT_FILL) if 0 <= current < len(hits) else []
        self._find_sel += now
        self.setExtraSelections(self._find_sel + self._evidence_sel)
        if now:
            self._reveal(now[0])

    @property
    def highlighted(self) -> list[str]:
        return [s.cursor.selectedText() for s in self._evidence_sel]


def find_pattern(query: str) -> re.Pattern[str] | None:
    """What Find looks for: the words of ``query`` in order, any spacing or line break between them,
    any case."""
    words = query.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


MAX_HITS = 2000


def find_in(doc: Document, query: str) -> list[Evidence]:
    """Every place ``query`` occurs in ``doc``, as evidence (page, words, boxes), in reading order."""
    pattern = find_pattern(query)
    if pattern is None:
        return []
    hits = []
    for m in pattern.finditer(doc.text):
        hits.append(doc.evidence(m.start(), m.end(), rule="find"))
        if len(hits) >= MAX_HITS:
            break
    return hits


class FindBar(QWidget):
    """Find in the chart: the words, the hit count ("3 of 12"), previous and next, close (Escape)."""

    search = Signal(str)
    step = Signal(int)  # +1 next, -1 previous
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findbar")
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("Find in the chart")
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName("Find in the chart")
        self.count = QLabel("", self)
        self.count.setObjectName("hint")
        self.count.setMinimumWidth(90)
        self.previous = QToolButton(self)
        self.previous.setText("▲")
        self.previous.setToolTip("Previous match (Shift+Enter, Shift+F3)")
        self.previous.setAccessibleName("Previous match")
        self.next = QToolButton(self)
        self.next.setText("▼")
        self.next.setToolTip("Next match (Enter, F3)")
        self.next.setAccessibleName("Next match")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Close Find (Escape)")
        self.close_button.setAccessibleName("Close Find")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        label = QLabel("&Find:", self)
        label.setBuddy(self.edit)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        for b in (self.previous, self.next, self.close_button):
            row.addWidget(b)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.search.emit(self.edit.text()))
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.previous.clicked.connect(lambda: self.step.emit(-1))
        self.next.clicked.connect(lambda: self.step.emit(1))
        self.close_button.clicked.connect(self.closed.emit)
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.edit and event.type() == event.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed and pressed Enter at once: search first
                    self._timer.stop()
                    self.search.emit(self.edit.text())
                    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                        self.step.emit(-1)
                else:
                    self.step.emit(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(obj, event)


class ChartView(QWidget):
    """The open chart: its documents (a course may be several files), a page list, the page box and
    zoom level, Find, and either the PDF pages or the text of a .txt chart."""

    document_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(False)
        self.pages = PageView(self)
        self.text = TextView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.text)

        bar = QWidget(self)
        bar.setObjectName("chartbar")
        self.documents = QComboBox(bar)
        self.documents.setAccessibleName("Document of the course")
        self.documents.setToolTip("The course's documents: choose which one to show")
        self.documents.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.documents.hide()
        self.page_box = QSpinBox(bar)
        self.page_box.setRange(0, 0)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setAccessibleName("Go to page")
        self.page_box.setToolTip("Go to page (Ctrl+G)")
        self.page_total = QLabel("", bar)
        self.zoom_label = QLabel("", bar)
        self.zoom_label.setObjectName("hint")
        self.zoom_label.setAccessibleName("Zoom level")
        self.zoom_label.setMinimumWidth(44)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.documents)
        self.page_caption = QLabel("&Page", bar)
        self.page_caption.setBuddy(self.page_box)
        row.addWidget(self.page_caption)
        row.addWidget(self.page_box)
        row.addWidget(self.page_total)
        row.addStretch(1)
        row.addWidget(self.zoom_label)
        self.bar = bar

        self.find_bar = FindBar(self)
        self.find_bar.hide()

        self.page_list = QListWidget(self)
        self.page_list.setAccessibleName("Page list")
        self.page_list.setToolTip("The chart's pages: click one to go there")
        self.page_list.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.3)))
        self.page_list.setFixedWidth(THUMB_WIDTH + 34)
        self.page_list.setUniformItemSizes(True)
        self.page_list.setAcceptDrops(False)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.find_bar)
        layout.addLayout(body, 1)

        self._pdf_mode = True
        self._sources: list[Path] = []  # the course's files, in order
        self._doc: Document | None = None  # the reading's document (several files: one, with parts)
        self._current_doc = 0
        self._hits: list[tuple[int, Evidence]] = []  # (document index, hit)
        self._hit = -1
        self._thumbs_todo: list[int] = []
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.timeout.connect(self._next_thumbnail)

        self.pages.page_changed.connect(self._on_page_changed)
        self.pages.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)}%"))
        self.pages.pdfium_released.connect(self._start_thumbnails)
        self.page_box.valueChanged.connect(self._on_page_box)
        self.page_list.currentRowChanged.connect(self._on_list_row)
        self.documents.activated.connect(self.show_document)
        self.find_bar.search.connect(self.find)
        self.find_bar.step.connect(self.find_step)
        self.find_bar.closed.connect(self.close_find)
        self._update_bar()

    # -- documents --------------------------------------------------------------------------------
    @property
    def pdf_mode(self) -> bool:
        return self._pdf_mode

    @property
    def current_document(self) -> int:
        return self._current_doc

    @property
    def sources(self) -> list[Path]:
        return list(self._sources)

    def load_course(self, paths: Sequence[Path]) -> None:
        """The files of one course; the first is shown. Raises when it cannot be shown."""
        self._sources = [Path(p) for p in paths]
        self._doc = None
        self.documents.blockSignals(True)
        self.documents.clear()
        for n, path in enumerate(self._sources, 1):
            self.documents.addItem(f"{n}. {path.name}", str(path))
            self.documents.setItemData(n - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        self.documents.blockSignals(False)
        self.documents.setVisible(len(self._sources) > 1)
        self._hits, self._hit = [], -1
        self.show_document(0)

    def set_document(self, doc: Document | None) -> None:
        """The document the reader made of the course (for Find, and the text of .txt files). A course
        of several files is one document with ``parts``; evidence names its part in ``document``."""
        self._doc = doc
        if not self._pdf_mode and self._part_text(self._current_doc) is not None:
            self.text.load_text(self._part_text(self._current_doc))
        if self.find_bar.isVisible() and self.find_bar.edit.text():
            self.find(self.find_bar.edit.text())

    def _part_offset(self, index: int) -> int:
        doc = self._doc
        return doc.parts[index].start if doc is not None and doc.parts and index < len(doc.parts) else 0

    def _part_text(self, index: int) -> str | None:
        doc = self._doc
        if doc is None:
            return None
        if not doc.parts:
            return doc.text if index == 0 else None
        if index >= len(doc.parts):
            return None
        return doc.text[doc.parts[index].start:doc.parts[index].end]

    def _in_text(self, evidence: Sequence[Evidence]) -> list[Evidence]:
        """Evidence with offsets into the text shown (a course's file starts at its part's offset)."""
        off = self._part_offset(self._current_doc)
        if not off:
            return list(evidence)
        return [replace(e, start=e.start - off, end=e.end - off) if e.start >= 0 else e for e in evidence]

    def show_document(self, index: int) -> None:
        """Show document ``index`` of the course (its PDF pages, or its text)."""
        if not 0 <= index < len(self._sources):
            return
        path = self._sources[index]
        self._current_doc = index
        self.documents.setCurrentIndex(index)
        if path.suffix.lower() == ".pdf" or is_image(path):
            self.load_pdf(path)
        else:
            text = self._part_text(index)
            if text is None:
                try:
                    text = path.read_text(encoding="utf-8", errors="replace")
                except OSError:
                    text = ""
            self.load_text(text)
        if 0 <= self._hit < len(self._hits):
            self._show_hits()
        self.document_changed.emit(index)

    def load_pdf(self, path: str | Path) -> int:
        if not self._sources:
            self._sources, self._doc, self._current_doc = [Path(path)], None, 0
        self._pdf_mode = True
        self.stack.setCurrentWidget(self.pages)
        try:
            pages = self.pages.load(path)
        finally:
            self._fill_page_list()
            self._update_bar()
        return pages

    def load_text(self, text: str) -> None:
        self.pages.clear()
        self.text.load_text(text)
        self._pdf_mode = False
        self.stack.setCurrentWidget(self.text)
        self._fill_page_list()
        self._update_bar()

    def clear(self) -> None:
        self.pages.clear()
        self.text.clear()
        self._sources, self._doc, self._current_doc = [], None, 0
        self._hits, self._hit = [], -1
        self.documents.clear()
        self.documents.hide()
        self.find_bar.count.setText("")
        self._fill_page_list()
        self._update_bar()

    def _document_of(self, ev: Evidence) -> int:
        """Which of the course's documents ``ev`` is in (evidence names its document when the course
        has several; else the document shown)."""
        name = getattr(ev, "document", None)
        if name is None or not self._sources:
            return self._current_doc
        if isinstance(name, int):
            return name if 0 <= name < len(self._sources) else self._current_doc
        for n, path in enumerate(self._sources):
            if str(name) in (path.name, str(path)):
                return n
        return self._current_doc

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        """Highlight ``evidence``, switching to its document first when it is in another one."""
        if evidence:
            index = self._document_of(evidence[0])
            if index != self._current_doc:
                self.show_document(index)
            evidence = [e for e in evidence if self._document_of(e) == index]
        if self._pdf_mode:
            self.pages.show_evidence(evidence)
        else:
            self.text.show_evidence(self._in_text(evidence))

    # -- pages ------------------------------------------------------------------------------------
    def _update_bar(self) -> None:
        count = self.pages.page_count if self._pdf_mode else 0
        for w in (self.page_caption, self.page_box, self.page_total):
            w.setVisible(count > 0)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1 if count else 0, count)
        self.page_box.setValue(self.pages.current_page() if count else 0)
        self.page_box.blockSignals(False)
        self.page_total.setText(f"of {count}")
        self.zoom_label.setText(f"{round(self.pages.zoom * 100)}%" if count else "")
        self.page_list.setVisible(count > 1)

    def go_to_page(self, number: int) -> None:
        self.pages.go_to_page(number)

    def _on_page_box(self, number: int) -> None:
        if number:
            self.pages.go_to_page(number)

    def _on_page_changed(self, number: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(number)
        self.page_box.blockSignals(False)
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(number - 1)
        self.page_list.blockSignals(False)

    def _on_list_row(self, row: int) -> None:
        if row >= 0:
            self.pages.go_to_page(row + 1)

    def focus_page_box(self) -> None:
        if self.page_box.isVisible():
            self.page_box.setFocus()
            self.page_box.selectAll()

    def _fill_page_list(self) -> None:
        self._thumb_timer.stop()
        self.page_list.blockSignals(True)
        self.page_list.clear()
        count = self.pages.page_count if self._pdf_mode else 0
        for number in range(1, count + 1):
            item = self.page_list.item(number - 1) or QListWidgetItem(str(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            page = self.pages.page_item(number)
            blank = QPixmap(THUMB_WIDTH, max(1, int(THUMB_WIDTH * page.height / page.width)))
            blank.fill(Qt.GlobalColor.white)
            item.setIcon(QIcon(blank))
            item.setToolTip(f"Page {number}")
            self.page_list.addItem(item)
        self.page_list.setCurrentRow(self.pages.current_page() - 1 if count else -1)
        self.page_list.blockSignals(False)
        self._thumbs_todo = list(range(1, count + 1))
        self._start_thumbnails()

    def _start_thumbnails(self) -> None:
        if self._thumbs_todo and self.pages.may_render:
            self._thumb_timer.start(0)

    def _next_thumbnail(self) -> None:
        """Thumbnails one page at a time between events, and only while pdfium is free."""
        if not self._thumbs_todo or not self.pages.may_render:
            return
        number = self._thumbs_todo.pop(0)
        image = self.pages.thumbnail(number)
        item = self.page_list.item(number - 1)
        if image is not None and item is not None:
            item.setIcon(QIcon(QPixmap.fromImage(image)))
        if self._thumbs_todo:
            self._thumb_timer.start(0)

    @property
    def thumbnails_done(self) -> bool:
        return not self._thumbs_todo

    # -- Find -------------------------------------------------------------------------------------
    def open_find(self) -> None:
        self.find_bar.show()
        self.find_bar.edit.setFocus()
        self.find_bar.edit.selectAll()
        if self.find_bar.edit.text():
            self.find(self.find_bar.edit.text())

    def close_find(self) -> None:
        self.find_bar.hide()
        self._hits, self._hit = [], -1
        self.pages.show_find([], -1)
        self.text.show_find([], -1)
        (self.pages if self._pdf_mode else self.text).setFocus()

    @property
    def hits(self) -> list[tuple[int, Evidence]]:
        return list(self._hits)

    @property
    def current_hit(self) -> int:
        return self._hit

    def find(self, query: str) -> int:
        """Look for ``query`` in every document of the course; go to the first hit from the page in
        view on. Returns the number of hits."""
        if self.find_bar.edit.text() != query:
            self.find_bar.edit.blockSignals(True)
            self.find_bar.edit.setText(query)
            self.find_bar.edit.blockSignals(False)
        self._hits, self._hit = [], -1
        if not query.strip():
            self.find_bar.count.setText("")
            self._show_hits()
            return 0
        if self._doc is None:
            self.find_bar.count.setText("still reading…")
            self._show_hits()
            return 0
        self._hits = [(ev.document or 0, ev) for ev in find_in(self._doc, query)]
        if self._hits:
            here = (self._current_doc, self.pages.current_page() if self._pdf_mode else 0)
            self._hit = next((n for n, (d, ev) in enumerate(self._hits) if (d, ev.page) >= here), 0)
        self._show_hits()
        return len(self._hits)

    def find_step(self, step: int) -> None:
        """The next (``1``) or previous (``-1``) hit, across pages and documents, wrapping round."""
        if not self._hits:
            if self.find_bar.edit.text().strip():
                self.find(self.find_bar.edit.text())
            return
        self._hit = (self._hit + step) % len(self._hits)
        self._show_hits()

    def _show_hits(self) -> None:
        if self._hits:
            doc, _ev = self._hits[self._hit]
            if doc != self._current_doc:
                self.show_document(doc)  # calls _show_hits again
                return
            self.find_bar.count.setText(f"{self._hit + 1} of {len(self._hits)}")
        elif self.find_bar.edit.text().strip() and self._doc is not None:
            self.find_bar.count.setText("no matches")
        mine = [ev for d, ev in self._hits if d == self._current_doc]
        current = sum(1 for d, _ in self._hits[:self._hit] if d == self._current_doc) if self._hits else -1
        if self._pdf_mode:
            self.pages.show_find(mine, current)
        else:
            self.text.show_find(self._in_text(mine), current)
