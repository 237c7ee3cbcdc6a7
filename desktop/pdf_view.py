"""The chart itself: PDF pages rendered with pypdfium2 (PySide6-Essentials has no QtPdf), or the text
of a .txt chart, with the evidence of the selected fact or requirement highlighted and scrolled into view.

Evidence boxes are in PDF points with a top-left origin, so one scene unit is one point and zoom is the
view's transform. Pages are rendered lazily, at the resolution they are drawn at, and cached.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPlainTextEdit,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QTextEdit,
    QWidget,
)

from srscheck.core.model import Box, Evidence

PAGE_GAP = 16.0  # points between pages
HIGHLIGHT_FILL = QColor(255, 213, 0, 90)
HIGHLIGHT_EDGE = QColor(230, 120, 0)
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
    """Pages of a PDF stacked vertically, with zoom and evidence highlights."""

    zoom_changed = Signal(float)

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
        self._pdf = None
        self._pages: list[PageItem] = []
        self._highlights: list[QGraphicsRectItem] = []
        self._zoom = 1.0
        self._fit_width = True
        # pdfium is not thread-safe: the owner says when pdfium is free for painting (see set_render_gate)
        self._may_render: Callable[[], bool] = lambda: True
        self._to_close: list = []  # documents to close once pdfium is free
        self._deferred: Path | None = None  # a chart to show once pdfium is free

    def set_render_gate(self, may_render: Callable[[], bool]) -> None:
        """``may_render()`` is False while a worker may be using pdfium (the reader uses it too)."""
        self._may_render = may_render
        self.viewport().update()

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

    # -- loading --------------------------------------------------------------------------------
    def load(self, path: str | Path) -> int:
        """Show the PDF at ``path``; returns the number of pages. Raises on an unreadable file.

        While the worker may be using pdfium the pages are shown later (:meth:`pdfium_free`); 0 then.
        """
        import pypdfium2

        self.clear()
        if not self._may_render():
            self._deferred = Path(path)
            return 0
        pdf = pypdfium2.PdfDocument(str(path))
        self._pdf = pdf
        cache = _PageCache(pdf)
        y = 0.0
        for index in range(len(pdf)):
            width, height = pdf[index].get_size()
            if index < PRERENDER_PAGES and self._may_render():
                cache.image(index, PRERENDER_SCALE)
            item = PageItem(index, width, height, cache, lambda: self._may_render())
            item.setPos(0, y)
            self.scene().addItem(item)
            self._pages.append(item)
            y += height + PAGE_GAP
        widest = max((p.width for p in self._pages), default=612.0)
        self.scene().setSceneRect(QRectF(-PAGE_GAP, -PAGE_GAP, widest + 2 * PAGE_GAP, y + PAGE_GAP))
        self._fit_width = True
        self._apply_fit()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        return len(self._pages)

    def clear(self) -> None:
        self.scene().clear()
        self._pages = []
        self._highlights = []
        self._deferred = None
        if self._pdf is not None:
            self._to_close.append(self._pdf)
            self._pdf = None
        if self._may_render():
            for pdf in self._to_close:
                pdf.close()
            self._to_close = []

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def page_item(self, number: int) -> PageItem | None:
        """The item of 1-based page ``number``."""
        return self._pages[number - 1] if 0 < number <= len(self._pages) else None

    # -- highlights -----------------------------------------------------------------------------
    @property
    def highlights(self) -> list[QGraphicsRectItem]:
        return list(self._highlights)

    def clear_highlights(self) -> None:
        for item in self._highlights:
            self.scene().removeItem(item)
        self._highlights = []

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        """Highlight the word boxes of ``evidence`` and scroll the first one into view."""
        self.clear_highlights()
        target: QRectF | None = None
        for ev in evidence:
            page = self.page_item(ev.page)
            if page is None:
                continue
            for box in _merge_lines(ev.boxes):
                rect = QRectF(box.x0 - 1.5, box.top - 1.5, box.x1 - box.x0 + 3, box.bottom - box.top + 3)
                item = QGraphicsRectItem(rect, page)
                item.setBrush(QBrush(HIGHLIGHT_FILL))
                item.setPen(QPen(HIGHLIGHT_EDGE, 0))
                self._highlights.append(item)
                scene_rect = item.mapRectToScene(rect)
                target = scene_rect if target is None else target
            if target is None:  # evidence without boxes (e.g. an override): show the page's top
                target = page.mapRectToScene(QRectF(0, 0, page.width, 60))
        if target is not None:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            if not visible.adjusted(0, 20, 0, -20).contains(target):
                centre = self.mapToScene(self.viewport().rect().center())
                self.centerOn(centre.x(), target.center().y())
            self.ensureVisible(target, 20, 20)

    # -- zoom -----------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._set_scale(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * 1.2)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / 1.2)

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_fit()

    def _set_scale(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(zoom, zoom)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def _apply_fit(self) -> None:
        if not self._pages:
            return
        widest = max(p.width for p in self._pages) + 2 * PAGE_GAP
        available = self.viewport().width() - 4
        if available > 50:
            self._set_scale(available / widest)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._apply_fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            super().wheelEvent(event)

    def current_page(self) -> int:
        """1-based number of the page in the middle of the view."""
        top = self.mapToScene(0, self.viewport().height() // 2).y()
        for item in self._pages:
            if item.pos().y() + item.height + PAGE_GAP > top:
                return item.index + 1
        return len(self._pages)


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

    def load_text(self, text: str) -> None:
        self.setPlainText(text.replace("\f", "\n"))  # same length: offsets stay valid
        self.setExtraSelections([])

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(QColor(255, 213, 0, 150)))
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
            selections.append(sel)
        self.setExtraSelections(selections)
        if selections:
            cursor = QTextCursor(selections[0].cursor)
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.centerCursor()

    @property
    def highlighted(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.extraSelections()]


class ChartView(QStackedWidget):
    """Either the PDF pages or the text of the open chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PageView(self)
        self.text = TextView(self)
        self.addWidget(self.pages)
        self.addWidget(self.text)
        self.setAcceptDrops(False)
        self._pdf_mode = True

    @property
    def pdf_mode(self) -> bool:
        return self._pdf_mode

    def load_pdf(self, path: str | Path) -> int:
        pages = self.pages.load(path)
        self._pdf_mode = True
        self.setCurrentWidget(self.pages)
        return pages

    def load_text(self, text: str) -> None:
        self.pages.clear()
        self.text.load_text(text)
        self._pdf_mode = False
        self.setCurrentWidget(self.text)

    def clear(self) -> None:
        self.pages.clear()
        self.text.clear()

    def show_evidence(self, evidence: Sequence[Evidence]) -> None:
        (self.pages if self._pdf_mode else self.text).show_evidence(evidence)
