"""Badge layouts are data: ``resources/badges/<id>.json``, validated on load.

A layout gives the page, the badge, how many badges a page holds (a grid), whether cut
marks are drawn, the safe margin, and a box for every element of a badge (in millimetres
from the badge's top-left corner, with the largest and smallest font size for text).
A new layout is a new file, not new code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from desk.errors import DeskError
from desk.events.event import Text
from desk.i18n import translate
from desk.storage.paths import resources_dir

FORMAT = 1
TEXT_BOXES = ("band", "event", "name", "organisation", "country", "code")
BOXES = (*TEXT_BOXES, "qr")


class LayoutError(DeskError):
    """A layout file is missing or malformed; the message names the field."""


@dataclass(frozen=True, slots=True)
class Box:
    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float
    max_pt: float = 0.0
    min_pt: float = 0.0


@dataclass(frozen=True, slots=True)
class Layout:
    id: str
    name: Text
    page_w_mm: float
    page_h_mm: float
    badge_w_mm: float
    badge_h_mm: float
    columns: int
    rows: int
    left_mm: float
    top_mm: float
    gap_x_mm: float
    gap_y_mm: float
    cut_marks: bool
    safe_margin_mm: float
    boxes: dict[str, Box]
    path: Path

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def badge_origin_mm(self, slot: int) -> tuple[float, float]:
        """Top-left corner of the badge in ``slot`` (0-based, row by row) on its page."""
        row, column = divmod(slot, self.columns)
        return (
            self.left_mm + column * (self.badge_w_mm + self.gap_x_mm),
            self.top_mm + row * (self.badge_h_mm + self.gap_y_mm),
        )


def layouts_dir() -> Path:
    return resources_dir() / "badges"


class _Reader:
    def __init__(self, path: Path) -> None:
        self.file = path.name

    def fail(self, field: str, problem: str) -> LayoutError:
        return LayoutError(
            translate("badges", "{file}: {field}: {problem}").format(
                file=self.file, field=field, problem=problem
            )
        )

    def obj(self, data: Any, field: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(field, translate("badges", "must be an object ({...})"))
        return data

    def get(self, data: dict[str, Any], key: str, field: str) -> Any:
        if key not in data:
            raise self.fail(f"{field}.{key}" if field else key, translate("badges", "is missing"))
        return data[key]

    def number(self, data: dict[str, Any], key: str, field: str, minimum: float = 0.0) -> float:
        value = self.get(data, key, field)
        path = f"{field}.{key}" if field else key
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(
                path, translate("badges", "{value!r} is not a number").format(value=value)
            )
        if value < minimum:
            raise self.fail(
                path,
                translate("badges", "{value} is less than {minimum}").format(
                    value=value, minimum=minimum
                ),
            )
        return float(value)

    def text(self, data: dict[str, Any], key: str, field: str) -> str:
        value = self.get(data, key, field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(
                f"{field}.{key}" if field else key, translate("badges", "must be a non-empty text")
            )
        return value


def load_layout(path: Path) -> Layout:
    reader = _Reader(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LayoutError(
            translate("badges", "Badge layout not found: {path}").format(path=path)
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise reader.fail("-", str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise reader.fail(
            translate("badges", "line {line}").format(line=exc.lineno),
            translate("badges", "not valid JSON ({reason})").format(reason=exc.msg),
        ) from exc
    data = reader.obj(raw, "-")
    if data.get("format") != FORMAT:
        raise reader.fail("format", translate("badges", "must be {format}").format(format=FORMAT))
    layout_id = reader.text(data, "id", "")
    name = reader.obj(reader.get(data, "name", ""), "name")
    page = reader.obj(reader.get(data, "page", ""), "page")
    badge = reader.obj(reader.get(data, "badge", ""), "badge")
    grid = reader.obj(reader.get(data, "grid", ""), "grid")
    page_w = reader.number(page, "width_mm", "page", 10)
    page_h = reader.number(page, "height_mm", "page", 10)
    badge_w = reader.number(badge, "width_mm", "badge", 10)
    badge_h = reader.number(badge, "height_mm", "badge", 10)
    columns = int(reader.number(grid, "columns", "grid", 1))
    rows = int(reader.number(grid, "rows", "grid", 1))
    left = reader.number(grid, "left_mm", "grid")
    top = reader.number(grid, "top_mm", "grid")
    gap_x = reader.number(grid, "gap_x_mm", "grid")
    gap_y = reader.number(grid, "gap_y_mm", "grid")
    eps = 0.01
    if left + columns * badge_w + (columns - 1) * gap_x > page_w + eps:
        raise reader.fail("grid", translate("badges", "the badges are wider than the page"))
    if top + rows * badge_h + (rows - 1) * gap_y > page_h + eps:
        raise reader.fail("grid", translate("badges", "the badges are taller than the page"))
    cut_marks = data.get("cut_marks", False)
    if not isinstance(cut_marks, bool):
        raise reader.fail("cut_marks", translate("badges", "must be true or false"))
    safe = reader.number(data, "safe_margin_mm", "")
    boxes_raw = reader.obj(reader.get(data, "boxes", ""), "boxes")
    boxes: dict[str, Box] = {}
    for key in BOXES:
        field = f"boxes.{key}"
        box_raw = reader.obj(reader.get(boxes_raw, key, "boxes"), field)
        box = Box(
            x_mm=reader.number(box_raw, "x_mm", field),
            y_mm=reader.number(box_raw, "y_mm", field),
            w_mm=reader.number(box_raw, "w_mm", field, 1),
            h_mm=reader.number(box_raw, "h_mm", field, 1),
            max_pt=reader.number(box_raw, "max_pt", field, 3) if key in TEXT_BOXES else 0.0,
            min_pt=reader.number(box_raw, "min_pt", field, 3) if key in TEXT_BOXES else 0.0,
        )
        if box.min_pt > box.max_pt:
            raise reader.fail(field, translate("badges", "min_pt is larger than max_pt"))
        if box.x_mm + box.w_mm > badge_w + eps or box.y_mm + box.h_mm > badge_h + eps:
            raise reader.fail(field, translate("badges", "the box goes past the badge's edge"))
        if key != "band" and (
            box.x_mm < safe - eps
            or box.y_mm < safe - eps
            or box.x_mm + box.w_mm > badge_w - safe + eps
            or box.y_mm + box.h_mm > badge_h - safe + eps
        ):
            raise reader.fail(field, translate("badges", "the box leaves the safe area"))
        boxes[key] = box
    unknown = sorted(set(boxes_raw) - set(BOXES))
    if unknown:
        raise reader.fail(f"boxes.{unknown[0]}", translate("badges", "unknown box"))
    return Layout(
        id=layout_id,
        name=Text(es=reader.text(name, "es", "name"), en=reader.text(name, "en", "name")),
        page_w_mm=page_w,
        page_h_mm=page_h,
        badge_w_mm=badge_w,
        badge_h_mm=badge_h,
        columns=columns,
        rows=rows,
        left_mm=left,
        top_mm=top,
        gap_x_mm=gap_x,
        gap_y_mm=gap_y,
        cut_marks=cut_marks,
        safe_margin_mm=safe,
        boxes=boxes,
        path=path,
    )


@cache
def all_layouts() -> dict[str, Layout]:
    """Every layout in resources/badges, by id."""
    found = {}
    for path in sorted(layouts_dir().glob("*.json")):
        layout = load_layout(path)
        found[layout.id] = layout
    return found


def get_layout(layout_id: str) -> Layout:
    layouts = all_layouts()
    try:
        return layouts[layout_id]
    except KeyError:
        raise LayoutError(
            translate("badges", "Unknown badge format {id}; known: {known}.").format(
                id=layout_id, known=", ".join(sorted(layouts))
            )
        ) from None


DEFAULT_LAYOUT = "4x3"
