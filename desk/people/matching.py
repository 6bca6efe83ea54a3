"""Likely duplicate people, judged the way registration staff judge them.

Two registrations are likely one person when:

- their names have the same words, whatever the accents, capitals, punctuation and order
  ("Núñez Dellano, Nicolás" = "Nicolás Dellano Nunez");
- one name is the other without some words ("Nicolás Dellano Núñez" ⊂ "Nicolás Josué
  Dellano Núñez"), as long as the longer name's first given name and first family name
  are there (people drop their second names, not their first ones);
- a word differs by one letter (a typo: one letter changed, missing, added, or two
  neighbours swapped), for words of 4 letters or more whose first letter is the same;
  "Daniel"/"Daniela", "Mario"/"María", "José"/"Josué" are different names, not typos;
- or their e-mail addresses or phone numbers are the same (phones compared by their
  digits; a missing country prefix is ignored).

Particles (de, del, la, los, y…) are ignored; a single letter matches a word it is the
initial of. Every name match needs at least two matched words of which one is exact, so
siblings ("Ana López García" / "Pedro López García") never match. The country never
decides; it only ranks (a little up when equal, a little down when different).

Every match carries its score (0–100) and its reasons, readable in both languages
(:meth:`Match.text`: "Mismos nombres en otro orden; sin el nombre «Josué»"). Pairs under
``MIN_SCORE`` are not listed; the walk-in form lists down to ``WALK_IN_MIN_SCORE``.

Speed comes from blocking: people are indexed by each name word; a word's postings are
the people with that word or a word one letter away (found through the deletion
neighbourhood of each word, so no pair of words is ever compared blindly). A pair of
people is only compared when they share the first given and first family name of one of
them this way (two words when a name is not in two parts), or an e-mail, or a phone.
Every pair among 5,000 people: ~0.2 s (tests/benchmarks/test_duplicates_bench.py).
The window's walk-in check asks the database for candidates instead
(:func:`desk.arrival.checkin.walk_in_matches`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import NamedTuple

from desk.i18n import translate
from desk.people.textnorm import fold

# Below this, a pair is not listed (see the benchmark for what it lets through).
MIN_SCORE = 70
# The walk-in form lists a few weaker candidates too: the operator can ask the person.
WALK_IN_MIN_SCORE = 60
TYPO_MIN_LENGTH = 4
# More people than this with one e-mail or phone: an office's address or switchboard,
# not one person's, so it proves nothing.
SHARED_CONTACT = 4

PARTICLES = frozenset(
    "de del la las los y e da das do dos di du van von der den le san".split()  # noqa: SIM905
)
# Names one letter apart that are different names, not typos.
_DISTINCT = frozenset(
    frozenset(pair)
    for pair in (
        ("jose", "josue"),
        ("elias", "elisa"),
        ("elena", "elana"),
    )
)
_WORD = re.compile(r"[^\W_]+")
_NOT_DIGITS = re.compile(r"\D+")

# Reason codes, in the order they are told.
EMAIL = "email"
PHONE = "phone"
SAME_NAME = "same_name"
ACCENTS = "accents"
NAME_ORDER = "name_order"
NAME_SPLIT = "name_split"
MISSING_GIVEN = "missing_given"
MISSING_FAMILY = "missing_family"
TYPO = "typo"
INITIAL = "initial"
SAME_COUNTRY = "same_country"


def reason_text(code: str, detail: str = "") -> str:
    """One reason in the current language."""
    first, _, second = detail.partition("|")
    texts = {
        EMAIL: translate("matching", "same e-mail"),
        PHONE: translate("matching", "same phone"),
        SAME_NAME: translate("matching", "same name"),
        ACCENTS: translate("matching", "same name but for accents or capitals"),
        NAME_ORDER: translate("matching", "same names in another order"),
        NAME_SPLIT: translate("matching", "given and family names split differently"),
        MISSING_GIVEN: translate("matching", "without the given name «{word}»"),
        MISSING_FAMILY: translate("matching", "without the family name «{word}»"),
        TYPO: translate("matching", "one letter differs: «{word}» / «{other}»"),
        INITIAL: translate("matching", "«{word}» as the initial of «{other}»"),
        SAME_COUNTRY: translate("matching", "same country"),
    }
    return texts.get(code, code).format(word=first, other=second)


@dataclass(frozen=True, slots=True)
class Match:
    score: int  # 0–100, higher is more likely one person
    reasons: tuple[tuple[str, str], ...]  # (code, detail), most telling first

    @property
    def reason(self) -> str:
        """The main reason's code (``email``, ``same_name``, ``missing_given``…)."""
        return self.reasons[0][0]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.reasons)

    def text(self) -> str:
        """All reasons, in the current language: "Same e-mail; without the given name «X»"."""
        text = "; ".join(reason_text(code, detail) for code, detail in self.reasons)
        return text[:1].upper() + text[1:]


class Person(NamedTuple):
    """What the matcher needs of a person (a participant, or a row of a list)."""

    key: Hashable
    given_name: str
    family_name: str
    email: str = ""
    phone: str = ""
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Pair:
    a: Hashable  # keys of the two people, in the order they were given
    b: Hashable
    match: Match


def phone_key(phone: str) -> str:
    """The digits of a phone number ("+503 2222-3333" → "50322223333")."""
    return _NOT_DIGITS.sub("", phone)


def _same_phone(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return len(a) >= 7
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 8 and long_.endswith(short)


def _email_key(email: str) -> str:
    return email.strip().casefold()


@dataclass(slots=True)
class _Prepared:
    key: Hashable
    given: tuple[str, ...]
    family: tuple[str, ...]
    words: tuple[str, ...]
    evidence: tuple[str, ...]  # distinct words of 2 letters or more
    originals: dict[str, str]
    email: str
    phone: str
    country: str | None
    plain: str = field(default="")  # the name's words as written, casefolded


_APOSTROPHE = re.compile(r"\b(\w)['’]\s*(?=\w)")


def _name_words(text: str, originals: dict[str, str]) -> tuple[str, ...]:
    """The words of a name, folded, without particles; a single letter after a particle
    ("de la O") is a name, kept with its particles ("delao"), not an initial."""
    text = _APOSTROPHE.sub(r"\1", text)  # O'Brien, D'Aubuisson: one word
    folded = fold(text).split()
    shown = _WORD.findall(unicodedata.normalize("NFC", text))
    if len(shown) != len(folded):
        shown = folded
    words: list[str] = []
    particles: list[int] = []  # positions of the particles just before
    for n, word in enumerate(folded):
        if word in PARTICLES:
            particles.append(n)
            continue
        if len(word) == 1 and particles:
            word = "".join(folded[m] for m in particles) + word
            originals.setdefault(word, " ".join(shown[m] for m in [*particles, n]))
        else:
            originals.setdefault(word, shown[n])
        particles = []
        words.append(word)
    return tuple(words)


@lru_cache(maxsize=32_768)
def _part(text: str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The words of a given or family name and how each was written (cached: lists repeat
    the same names; the dict is shared, never changed)."""
    originals: dict[str, str] = {}
    return _name_words(text, originals), originals


_NameParts = tuple[
    tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], dict[str, str], str
]


@lru_cache(maxsize=65_536)
def _name(given_name: str, family_name: str) -> _NameParts:
    """(given words, family words, words, evidence, originals, plain) of a name."""
    given, given_originals = _part(given_name)
    family, family_originals = _part(family_name)
    originals = {**family_originals, **given_originals}  # the given name's spelling first
    words = given + family
    plain = " ".join(originals.get(w, w) for w in words).casefold()
    evidence = tuple(dict.fromkeys(w for w in words if len(w) > 1))
    return given, family, words, evidence, originals, plain


def prepare(person: Person) -> _Prepared:
    given, family, words, evidence, originals, plain = _name(
        person.given_name or "", person.family_name or ""
    )
    return _Prepared(
        person.key,
        given,
        family,
        words,
        evidence,
        originals,
        _email_key(person.email) if person.email else "",
        phone_key(person.phone) if person.phone else "",
        person.country or None,
        plain,
    )


def one_letter_apart(a: str, b: str) -> bool:
    """A typo: one letter changed, missing, added, or two neighbours swapped, in words of
    ``TYPO_MIN_LENGTH`` letters or more with the same first letter; not a name of the
    other gender (Daniel/Daniela, Mario/Maria) nor a pair of different names."""
    la, lb = len(a), len(b)
    if a == b or min(la, lb) < TYPO_MIN_LENGTH or abs(la - lb) > 1 or a[0] != b[0]:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            i = diff[0]
            if i == la - 1 and {a[i], b[i]} <= {"a", "o"}:
                return False  # Mario / María
        elif not (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        ):
            return False
    else:
        short, long_ = (a, b) if la < lb else (b, a)
        i = next((n for n in range(len(short)) if short[n] != long_[n]), len(short))
        if short[i:] != long_[i + 1 :]:
            return False
        if i == len(short) and long_[-1] in "ao":
            return False  # Daniel / Daniela, Juan / Juana
    return frozenset((a, b)) not in _DISTINCT


@lru_cache(maxsize=65_536)
def _word_match(x: str, y: str) -> str | None:
    """How ``x`` matches ``y``: "exact", "typo", "initial" or not at all."""
    if x == y:
        return "exact"
    if len(x) == 1 or len(y) == 1:
        return "initial" if x[0] == y[0] and len(x) != len(y) else None
    return "typo" if one_letter_apart(x, y) else None


def _name_match(a: _Prepared, b: _Prepared) -> tuple[int, list[tuple[str, str]]] | None:
    """Name score and reasons when one name's words are all in the other's."""
    if len(a.words) > len(b.words):
        a, b = b, a
        swapped = True
    else:
        swapped = False
    if len(a.evidence) < 2:
        return None
    if a.words == b.words and len(a.given) == len(b.given):  # most namesakes: quick
        return (100, [(SAME_NAME, "")]) if a.plain == b.plain else (98, [(ACCENTS, "")])
    free = list(range(len(b.words)))
    assigned: list[tuple[int, int, str]] = []  # (index in a, index in b, kind)
    pending: list[int] = []
    for i, word in enumerate(a.words):  # exact words first: most pairs end here
        j = next((j for j in free if b.words[j] == word), None)
        if j is None:
            pending.append(i)
        else:
            free.remove(j)
            assigned.append((i, j, "exact"))
    if not assigned or len(pending) > len(free):
        return None
    for kind in ("typo", "initial"):
        if not pending:
            break
        still: list[int] = []
        for i in pending:
            j = next((j for j in free if _word_match(a.words[i], b.words[j]) == kind), None)
            if j is None:
                still.append(i)
            else:
                free.remove(j)
                assigned.append((i, j, kind))
        pending = still
    if pending:
        return None
    kinds = [k for _, _, k in assigned]
    if "exact" not in kinds or len(kinds) - kinds.count("initial") < 2:
        return None
    if free:  # a subset: the longer name keeps its first given and first family name
        matched = {j for _, j, _ in assigned}
        if b.given and 0 not in matched:
            return None
        if b.family and b.given and len(b.given) not in matched:
            return None
    reasons: list[tuple[str, str]] = []
    score = 100
    order = [j for _, j, _ in sorted(assigned)]
    fields_a = [i < len(a.given) for i, _, _ in sorted(assigned)]
    fields_b = [j < len(b.given) for j in order]
    if order != sorted(order):
        reasons.append((NAME_ORDER, ""))
        # Given and family names swapped is a form filled in the wrong order; the family
        # names in the other order ("Cañas Menjívar") are more often another family.
        score -= 15 if fields_a == fields_b else 6
    elif fields_a != fields_b:
        reasons.append((NAME_SPLIT, ""))
        score -= 4
    elif not free and kinds.count("exact") == len(kinds):
        if a.plain == b.plain:
            reasons.append((SAME_NAME, ""))
        else:
            reasons.append((ACCENTS, ""))
            score -= 2
    for j in free:
        word = b.originals.get(b.words[j], b.words[j])
        reasons.append((MISSING_GIVEN if j < len(b.given) else MISSING_FAMILY, word))
        score -= 10
    if len(free) >= 2 and len(a.evidence) == 2:
        score -= 15  # "María López" is in many longer names
    for i, j, kind in assigned:
        if kind == "exact":
            continue
        x = a.originals.get(a.words[i], a.words[i])
        y = b.originals.get(b.words[j], b.words[j])
        if swapped:
            x, y = y, x
        reasons.append((TYPO if kind == "typo" else INITIAL, f"{x}|{y}"))
        score -= 12 if kind == "typo" else 15
    return score, reasons


def compare(
    a: Person | _Prepared,
    b: Person | _Prepared,
    *,
    email_ok: bool = True,
    phone_ok: bool = True,
) -> Match | None:
    """How likely ``a`` and ``b`` are one person, and why; None when they are not. Without
    ``email_ok`` or ``phone_ok`` (an office's, shared by many) that evidence is ignored."""
    pa = a if isinstance(a, _Prepared) else prepare(a)
    pb = b if isinstance(b, _Prepared) else prepare(b)
    return _compare(pa, pb, email_ok, phone_ok)


def _compare(
    a: _Prepared, b: _Prepared, email_ok: bool = True, phone_ok: bool = True
) -> Match | None:
    reasons: list[tuple[str, str]] = []
    score = 0
    if email_ok and a.email and a.email == b.email:
        reasons.append((EMAIL, ""))
        score = 85
    if phone_ok and _same_phone(a.phone, b.phone):
        reasons.append((PHONE, ""))
        score = max(score, 75) + (5 if score else 0)
    name = _name_match(a, b)
    if name is not None:
        name_score, name_reasons = name
        score = min(100, name_score + 15) if score else name_score
        reasons += name_reasons
    if not reasons:
        return None
    if a.country and b.country:
        if a.country == b.country:
            reasons.append((SAME_COUNTRY, ""))
            score += 2
        else:
            score -= 4
    return Match(max(0, min(100, score)), tuple(reasons))


class Matcher:
    """An index of people for finding likely duplicates among them or of a newcomer."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.people: list[_Prepared] = [prepare(p) for p in people]
        self._by_word: dict[str, set[int]] = {}
        self._by_email: dict[str, list[int]] = {}
        self._by_phone: dict[str, list[int]] = {}
        for n, p in enumerate(self.people):
            self._index(n, p)
        self._near: dict[str, set[int]] = {}
        self._deletions: dict[str, set[str]] | None = None

    def _index(self, n: int, p: _Prepared) -> None:
        for word in p.evidence:
            self._by_word.setdefault(word, set()).add(n)
        if p.email:
            self._by_email.setdefault(p.email, []).append(n)
        if len(p.phone) >= 7:
            self._by_phone.setdefault(p.phone[-8:], []).append(n)

    def _neighbourhood(self) -> dict[str, set[str]]:
        """Deletion key → words: two words one letter apart (with the same first letter)
        share a key; built once, on the first typo-tolerant lookup."""
        if self._deletions is None:
            keys: dict[str, set[str]] = {}
            for word in self._by_word:
                for key in _deletion_keys(word):
                    keys.setdefault(key, set()).add(word)
            self._deletions = keys
        return self._deletions

    def near(self, word: str) -> set[int]:
        """People with ``word`` or a word one letter away."""
        found = self._near.get(word)
        if found is None:
            found = set(self._by_word.get(word, ()))
            if len(word) >= TYPO_MIN_LENGTH:
                keys = self._neighbourhood()
                others = {w for k in _deletion_keys(word) for w in keys.get(k, ())}
                for other in others:
                    if other != word and one_letter_apart(word, other):
                        found |= self._by_word[other]
            self._near[word] = found
        return found

    def _candidates(self, p: _Prepared) -> set[int]:
        """People who may match ``p``: who share its first given and first family name (one
        typo allowed), or two of its words when its name is not in two parts, or its e-mail,
        or its phone's last eight digits."""
        found: set[int] = set()
        first_given = p.given[0] if p.given and len(p.given[0]) > 1 else ""
        first_family = p.family[0] if p.family and len(p.family[0]) > 1 else ""
        if first_given and first_family and first_given != first_family:
            # Whether ``p`` is the shorter name (all its words are matched) or the longer
            # one (its first given and first family names are), both of these are matched.
            x, y = sorted((self.near(first_given), self.near(first_family)), key=len)
            found = x & y
        else:
            postings = sorted((self.near(w) for w in p.evidence), key=len)
            for x, y in combinations(postings, 2):
                found |= x & y
        if p.email:
            group = self._by_email.get(p.email, ())
            if len(group) <= SHARED_CONTACT:
                found.update(group)
        if len(p.phone) >= 7:
            group = self._by_phone.get(p.phone[-8:], ())
            if len(group) <= SHARED_CONTACT:
                found.update(group)
        return found

    def _shared(self, p: _Prepared) -> tuple[bool, bool]:
        """Whether ``p``'s e-mail and phone are one person's (not an office's)."""
        email = len(self._by_email.get(p.email, ())) <= SHARED_CONTACT
        phone = len(self._by_phone.get(p.phone[-8:], ())) <= SHARED_CONTACT
        return email, phone

    def pairs(self, min_score: int = MIN_SCORE, among: Sequence[int] | None = None) -> list[Pair]:
        """Every likely pair, best first. With ``among`` (positions in the people given),
        only pairs with at least one of those."""
        out: list[Pair] = []
        probes = range(len(self.people)) if among is None else sorted(set(among))
        probing = set(probes)
        for n in probes:
            p = self.people[n]
            email_ok, phone_ok = self._shared(p)
            for m in self._candidates(p):
                if m == n or (m in probing and m < n):
                    continue
                q = self.people[m]
                match = _compare(p, q, email_ok, phone_ok)
                if match is not None and match.score >= min_score:
                    first, second = (p, q) if n < m else (q, p)
                    out.append(Pair(first.key, second.key, match))
        out.sort(key=lambda x: (-x.match.score, str(x.a), str(x.b)))
        return out

    def matches(
        self, person: Person, min_score: int = MIN_SCORE, limit: int = 10
    ) -> list[tuple[Hashable, Match]]:
        """The people of the index who may be ``person``, best first."""
        p = prepare(person)
        found: list[tuple[Hashable, Match]] = []
        email_ok, phone_ok = self._shared(p)
        for m in self._candidates(p):
            match = _compare(p, self.people[m], email_ok, phone_ok)
            if match is not None and match.score >= min_score:
                found.append((self.people[m].key, match))
        found.sort(key=lambda x: (-x[1].score, str(x[0])))
        return found[:limit]


def _deletion_keys(word: str) -> Iterator[str]:
    """The word and the word with one letter deleted (never the first letter)."""
    if len(word) < TYPO_MIN_LENGTH:
        return
    yield word
    for i in range(1, len(word)):
        yield word[:i] + word[i + 1 :]


@lru_cache(maxsize=4096)
def typo_variants(word: str) -> frozenset[str]:
    """Every word one letter away from ``word`` (for index look-ups), itself included."""
    out = {word}
    if len(word) < TYPO_MIN_LENGTH:
        return frozenset(out)
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(1, len(word) + 1):
        if i < len(word):
            out.add(word[:i] + word[i + 1 :])
            if i + 1 < len(word):
                out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
            out.update(word[:i] + c + word[i + 1 :] for c in letters)
        out.update(word[:i] + c + word[i:] for c in letters)
    return frozenset(w for w in out if w == word or one_letter_apart(word, w))


def find_duplicates(people: Iterable[Person], min_score: int = MIN_SCORE) -> list[Pair]:
    """Every likely pair among ``people``, best first."""
    return Matcher(people).pairs(min_score)


def import_duplicates(
    rows: Sequence[Person], existing: Sequence[Person], min_score: int = MIN_SCORE
) -> tuple[list[Pair], list[Pair]]:
    """For an import's report: each row's most likely match, if it has one, among the
    people already registered and the rows before it. Returns (rows that may be somebody
    already registered: ``a`` the row's key, ``b`` the person's; rows that may be an
    earlier row: ``a`` the earlier row's key, ``b`` the row's), both in file order, one
    pair per row at most, found by looking names up rather than comparing every candidate
    (:func:`desk.people.matching_import.best_matches`, which the import uses: fast enough
    for 50,000 rows whatever their namesakes)."""
    from desk.people.matching_import import best_matches

    against: list[Pair] = []
    within: list[Pair] = []
    for best in best_matches(rows, existing, min_score):
        row = rows[best.row]
        other = existing[best.other] if best.registered else rows[best.other]
        match = best.match or compare(row, other)
        if match is None:  # never: the names alone made it certain
            continue
        if best.registered:
            against.append(Pair(row.key, other.key, match))
        else:
            within.append(Pair(other.key, row.key, match))
    return against, within
