"""The kiosk's big state icons, painted (not font glyphs: a kiosk computer may lack the
symbol fonts), white on the coloured band: a QR code to scan, a check mark, an arrow to
the desk, an "i", a warning triangle, a clock, a padlock. Each has a bilingual accessible
name, so the state is never told by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

QR, CHECK, ARROW, INFO, WARNING, WAIT, LOCK = (
    "qr",
    "check",
    "arrow",
    "info",
    "warning",
    "wait",
    "lock",
)
NAMES = {
    QR: "Código QR / QR code",
    CHECK: "Correcto / Done",
    ARROW: "Puesto de registro / Registration desk",
    INFO: "Información / Information",
    WARNING: "Atención / Attention",
    WAIT: "Espere / Please wait",
    LOCK: "Solo personal / Staff only",
}


class KioskIcon(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QR
        self.colour = QColor("white")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(NAMES[QR])

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.setAccessibleName(NAMES.get(kind, kind))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((self.width() - side) / 2, (self.height() - side) / 2)
        painter.scale(side / 100, side / 100)  # draw in a 100 × 100 box
        pen = QPen(self.colour, 7, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw = getattr(self, f"_draw_{self.kind}", None)
        if draw is not None:
            draw(painter)
        painter.end()

    def _circle(self, painter: QPainter) -> None:
        painter.drawEllipse(QRectF(6, 6, 88, 88))

    def _fill(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, self.colour)

    def _draw_qr(self, painter: QPainter) -> None:
        pen = painter.pen()
        pen.setWidthF(5)
        painter.setPen(pen)
        for x, y in ((8, 8), (62, 8), (8, 62)):  # the three finder squares
            painter.drawRect(QRectF(x + 2.5, y + 2.5, 25, 25))
            self._fill(painter, QRectF(x + 10, y + 10, 10, 10))
        for x, y in (
            (64, 64),
            (80, 64),
            (72, 72),
            (64, 80),
            (84, 84),
            (46, 10),
            (46, 30),
            (10, 46),
            (30, 46),
            (46, 46),
            (62, 46),
            (46, 62),
            (46, 82),
        ):
            self._fill(painter, QRectF(x, y, 9, 9))

    def _draw_check(self, painter: QPainter) -> None:
        self._circle(painter)
        painter.drawPolyline([QPointF(28, 52), QPointF(44, 68), QPointF(73, 35)])

    def _draw_arrow(self, painter: QPainter) -> None:
        self._circle(painter)
        painter.drawLine(QPointF(26, 50), QPointF(72, 50))
        painter.drawPolyline([QPointF(54, 32), QPointF(72, 50), QPointF(54, 68)])

    def _draw_info(self, painter: QPainter) -> None:
        self._circle(painter)
        painter.drawLine(QPointF(50, 46), QPointF(50, 72))
        painter.setBrush(self.colour)
        painter.drawEllipse(QPointF(50, 30), 3, 3)

    def _draw_warning(self, painter: QPainter) -> None:
        path = QPainterPath(QPointF(50, 8))
        path.lineTo(94, 88)
        path.lineTo(6, 88)
        path.closeSubpath()
        painter.drawPath(path)
        painter.drawLine(QPointF(50, 38), QPointF(50, 62))
        painter.setBrush(self.colour)
        painter.drawEllipse(QPointF(50, 75), 3, 3)

    def _draw_wait(self, painter: QPainter) -> None:
        self._circle(painter)
        painter.drawPolyline([QPointF(50, 24), QPointF(50, 50), QPointF(68, 62)])

    def _draw_lock(self, painter: QPainter) -> None:
        painter.drawRoundedRect(QRectF(20, 44, 60, 46), 6, 6)
        painter.drawArc(QRectF(30, 10, 40, 50), 0, 180 * 16)
        painter.drawLine(QPointF(30, 35), QPointF(30, 44))
        painter.drawLine(QPointF(70, 35), QPointF(70, 44))
        painter.drawLine(QPointF(50, 60), QPointF(50, 74))
