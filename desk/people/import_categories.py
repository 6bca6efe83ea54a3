"""Categories at import: what the operator chose for rows without a category (one
category for the whole file, rules on the organisation, e-mail domain or category cell),
the closest category to a value that is none, and the people of a list by category.
desk/people/importing.py applies them."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from desk.errors import DeskError, ImportFileError
from desk.events.display import category_label
from desk.events.event import Event
from desk.i18n import language, translate
from desk.people.header_map import map_headers
from desk.people.textnorm import fold


@dataclass(frozen=True, slots=True)
class UnknownCategory:
    """A value of the list's category column that is no category of the event."""

    value: str
    lines: tuple[int, ...]
    suggestion: str | None  # the closest category id, if any is close

    def line(self, event: Event) -> str:
        shown = ", ".join(str(n) for n in self.lines[:8]) + (", …" if len(self.lines) > 8 else "")
        text = translate(
            "import",
            "category “{value}” is not a category of this event: %n lines ({lines})",
            None,
            len(self.lines),
        ).format(value=self.value, lines=shown)
        if self.suggestion:
            text += "; " + translate("import", "closest: {id} ({label})").format(
                id=self.suggestion, label=category_label(event, self.suggestion, language())
            )
        return text


class UnknownCategoryError(DeskError):
    """A category given for an import (for the whole file or in a rule) is unknown."""


def closest_category(event: Event, text: str) -> str | None:
    """The category id closest to ``text`` (its id, labels or aliases; accents and case
    ignored): one contained in the other, else the most similar spelling; None if none is
    close."""
    key = fold(text)
    if not key:
        return None
    keys: dict[str, str] = {}
    for c in event.categories:
        for name in (c.id, c.label.es, c.label.en, *c.aliases):
            keys.setdefault(fold(name), c.id)
    if key in keys:
        return keys[key]
    padded = f" {key} "
    contained = [k for k in keys if len(k) >= 3 and f" {k} " in padded]
    if contained:
        return keys[max(contained, key=len)]
    close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
    if close:
        return keys[close[0]]
    within = [k for k in keys if len(key) >= 4 and f" {key} " in f" {k} "]
    return keys[min(within, key=len)] if within else None


def resolve_category(event: Event, text: str) -> str:
    """The category id for an id, label or alias; UnknownCategoryError (with the closest
    and every known id) otherwise."""
    found = event.lookup_category(text)
    if found is not None:
        return found
    near = closest_category(event, text)
    message = translate("import", "Unknown category “{text}”.").format(text=text)
    if near:
        message += " " + translate("import", "Did you mean {id} ({label})?").format(
            id=near, label=category_label(event, near, language())
        )
    message += " " + translate("import", "Known categories: {known}.").format(
        known=", ".join(c.id for c in event.categories)
    )
    raise UnknownCategoryError(message)


@dataclass(frozen=True, slots=True)
class CategoryRule:
    """Rows whose organisation, e-mail domain or category cell contains ``text`` (accents
    and case ignored) get ``category``."""

    text: str
    category: str

    @property
    def key(self) -> str:
        return fold(self.text)


@dataclass(frozen=True, slots=True)
class CategoryChoice:
    """What the operator chose for rows without a category: rules first (the first that
    matches), then ``default`` (one category for the whole file; None: the event's)."""

    default: str | None = None
    rules: tuple[CategoryRule, ...] = ()

    def __bool__(self) -> bool:
        return self.default is not None or bool(self.rules)

    def match(self, row_texts: Sequence[str]) -> str | None:
        """The category of the first rule whose text is in one of ``row_texts`` (folded)."""
        for rule in self.rules:
            key = rule.key
            if key and any(key in t for t in row_texts):
                return rule.category
        return None


def category_choice(
    event: Event, category: str | None = None, rules: Sequence[str | tuple[str, str]] = ()
) -> CategoryChoice:
    """A checked choice from what an operator typed: ``category`` (id, label or alias) and
    rules as ``"TEXT=ID"`` or (text, id). UnknownCategoryError for an unknown category,
    DeskError for a rule without text."""
    parsed: list[CategoryRule] = []
    for rule in rules:
        if isinstance(rule, str):
            text, sep, target = rule.rpartition("=")
            if not sep:
                raise DeskError(
                    translate(
                        "import", "The rule “{rule}” is not TEXT=CATEGORY (e.g. cancilleria=mfa)."
                    ).format(rule=rule)
                )
        else:
            text, target = rule
        if not fold(text):
            raise DeskError(
                translate("import", "The rule “{rule}” has no text to look for.").format(
                    rule=f"{text}={target}"
                )
            )
        parsed.append(CategoryRule(text.strip(), resolve_category(event, target.strip())))
    default = resolve_category(event, category) if category else None
    return CategoryChoice(default, tuple(parsed))


@dataclass(frozen=True, slots=True)
class CategoryCount:
    """How many people of the list get a category, and how many of them by a rule."""

    category: str
    label: str  # in the language of the import
    people: int
    by_rule: int = 0


def has_category_column(headers: Sequence[str]) -> bool:
    """Whether a list with these headers has a category column."""
    try:
        return "category" in map_headers(headers).columns
    except ImportFileError:
        return False


def category_counts(
    event: Event, got: Counter[str], by_rule: Counter[str]
) -> tuple[CategoryCount, ...]:
    """The list's people by category, in the event's order of categories."""
    lang = language()
    order = [c.id for c in event.categories]
    ids = sorted(got, key=lambda c: (order.index(c) if c in order else len(order), c))
    return tuple(
        CategoryCount(c, category_label(event, c, lang), got[c], by_rule[c]) for c in ids if got[c]
    )


@dataclass(frozen=True, slots=True)
class SuggestedRule:
    """Rows without a category whose organisation names a category (one of its labels or
    aliases in the event file: "Ministerio de Relaciones Exteriores" → mfa)."""

    text: str  # folded, as a rule's text: "relaciones exteriores"
    category: str
    rows: int

    @property
    def argument(self) -> str:
        """As ``desk import --category-rule`` takes it."""
        return f"{self.text}={self.category}"


def suggest_rules(event: Event, organisations: Sequence[str]) -> tuple[SuggestedRule, ...]:
    """Rules an operator may want for rows without a category, most rows first: the
    longest label or alias of a category (not the event's default) that an organisation
    contains as whole words."""
    names: dict[str, str] = {}
    for c in event.categories:
        if c.id == event.default_category:
            continue
        for name in (c.label.es, c.label.en, *c.aliases):
            key = fold(name)
            if len(key) >= 3:
                names.setdefault(key, c.id)
    by_length = sorted(names, key=len, reverse=True)
    found: Counter[tuple[str, str]] = Counter()
    seen: dict[str, tuple[str, str] | None] = {}
    for organisation in organisations:
        if organisation not in seen:
            padded = f" {fold(organisation)} "
            hit = next((k for k in by_length if f" {k} " in padded), None)
            seen[organisation] = (hit, names[hit]) if hit else None
        match = seen[organisation]
        if match is not None:
            found[match] += 1
    return tuple(
        SuggestedRule(text, category, n)
        for (text, category), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    )
