"""An import's likely duplicates, fast: each new row's best match, by the one matcher's rules.

The import report needs one line per new row at most: the row's likeliest match among the
people already registered and the rows before it. A 50,000-row list must not take much
longer to import for it, and comparing every candidate pair, as ``desk duplicates`` does,
takes seconds on a list whose names come from a small pool (thousands of namesakes, every
"John Smith" a candidate of every other). So a row is looked up, not compared:

- people with the same name (the same words in the same order, accents and capitals
  ignored) are one group, and a row with the name of people before it is reported with
  one of them (of its country if there is one, a registered person before a row), no
  further;
- the name without one or two of its second names (given or family: never the first of
  either), or another name that is this one without some of its own, is found by looking
  the shorter name up; the matcher's score for these is known without comparing (each
  missing word costs 10; two missing from a two-word name are not enough);
- the same words in another order or split otherwise, a word one letter apart (alone, or
  with the other person having a second name more), names with an initial (looked up by
  every pair of their words) and the same e-mail or phone (not an office's) are compared
  with :func:`desk.people.matching.compare`, likeliest first, at most ``MAX_COMPARED``
  a row, only while they may beat the best so far.

Name parts repeat (a list's given names and family names come from far fewer than its
rows), so what is worked out for a part (its shorter forms, its words one letter away) is
worked out once.

So a match found here is one the matcher makes, and its reasons are the matcher's
(:func:`desk.people.matching.compare`, when the report shows them). What is not looked for
(two typos; a typo, or another order, in a name that also lost a word)
``desk duplicates`` still lists after the import.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import NamedTuple

from desk.people.matching import (
    SHARED_CONTACT,
    TYPO_MIN_LENGTH,
    Match,
    Person,
    _compare,
    _deletion_keys,
    _email_key,
    _part,
    _Prepared,
    one_letter_apart,
    phone_key,
    prepare,
)

MAX_COMPARED = 8  # comparisons a row is worth, beyond its namesakes, e-mail and phone
_Part = tuple[str, ...]
_Name = tuple[_Part, _Part]  # (given words, family words)


class Best(NamedTuple):
    """A row's likeliest match: ``other`` is a position in the registered people when
    ``registered``, else in the rows (before ``row``). ``match`` is None when the names
    alone make it certain (compare the two people for the reasons)."""

    row: int
    other: int
    registered: bool
    score: int  # the matcher's score (without a shared phone's bonus when ``match`` is None)
    match: Match | None
    email_ok: bool = True  # the row's e-mail is not an office's (shared by many)
    phone_ok: bool = True  # nor its phone


def best_matches(rows: Sequence[Person], existing: Sequence[Person], min_score: int) -> list[Best]:
    """Each row's likeliest match among the registered people and the rows before it."""
    return _Finder(existing, rows, min_score).run()


class _PartInfo(NamedTuple):
    words: frozenset[str]
    unique: bool  # no word twice
    long: int  # its distinct words of 2 letters or more
    # The part, then the part without 1 or 2 of its words after the first: (the part,
    # how many words fewer, its ``long``, its words).
    forms: tuple[tuple[_Part, int, int, frozenset[str]], ...]
    typos: tuple[_Part, ...]  # the part with a word one letter apart, as the list has it


class _Finder:
    def __init__(self, existing: Sequence[Person], rows: Sequence[Person], min_score: int):
        self.min_score = min_score
        self.people: list[Person] = [*existing, *rows]
        self.registered = len(existing)
        self.names: list[_Name] = [
            (_part(p.given_name or "")[0], _part(p.family_name or "")[0]) for p in self.people
        ]
        self.group_of: dict[_Name, int] = {}
        self.group: list[int] = []  # person → the group of the people with their name
        self.members: list[list[int]] = []  # group → its people, in order
        self.info: dict[_Part, _PartInfo] = {}
        self.by_more: dict[_Name, list[tuple[int, int]]] = {}  # shorter name → (group, words)
        self.by_words: dict[frozenset[str], list[int]] = {}  # a name's words → groups
        self.by_fewer: dict[frozenset[str], list[int]] = {}  # … those of a shorter form
        self.by_pair: dict[tuple[str, str], list[int]] = {}  # two words → groups (initials)
        self.paired: frozenset[str] = frozenset()
        self.prepared: dict[int, _Prepared] = {}
        self.email: list[str] = []
        self.phone: list[str] = []
        self.count: Counter[str] = Counter()  # people with each e-mail and phone
        self.contacts: dict[str, list[int]] = {}  # e-mail or phone → people, in order
        self._near: dict[str, tuple[str, ...]] = {}
        self._keys: dict[str, list[str]] = {}

    def run(self) -> list[Best]:
        if len(self.people) == self.registered:
            return []
        group_of, members, group = self.group_of, self.members, self.group
        for n, name in enumerate(self.names):
            g = group_of.get(name)
            if g is None:
                g = group_of[name] = len(members)
                members.append([n])
            else:
                members[g].append(n)
            group.append(g)
        self._index_contacts()
        parts = {part for name in group_of for part in name}
        for word in {w for part in parts for w in part}:
            for key in _deletion_keys(word):
                self._keys.setdefault(key, []).append(word)
        self.info = {part: self._part_info(part, parts) for part in parts}
        initials = {part for part in parts if any(len(w) == 1 for w in part)}
        if initials:  # names with an initial are looked up by pairs of words
            words = {w for name in group_of if not initials.isdisjoint(name) for w in sum(name, ())}
            self.paired = frozenset(x for w in words if len(w) > 1 for x in self._near_words(w))
        for n in range(self.registered):
            if members[group[n]][0] == n:
                self._add(n)
        return self._rows()

    def _rows(self) -> list[Best]:
        found: list[Best] = []
        registered, names, info = self.registered, self.names, self.info
        members, group, people = self.members, self.group, self.people
        count, email, phone = self.count, self.email, self.phone
        most = SHARED_CONTACT
        for n in range(registered, len(people)):
            members_n = members[group[n]]
            given, family = names[n]
            gi, fi = info[given], info[family]
            if (
                members_n[0] < n
                and given
                and family
                and gi.unique
                and fi.unique
                and gi.long + fi.long >= 2
                and gi.words.isdisjoint(fi.words)
            ):  # namesakes, and the name alone says they match
                m = members_n[0]
                country = people[n].country
                if country and len(members_n) > 2 and people[m].country != country:
                    m = self._pick(members_n, n)
                best: _Found | None = (100 + self._country(n, m), m, None)
                if count[email[n]] > 1 or count[phone[n]] > 1:
                    best = self._contacts(n, best, set())
            else:
                best = self._look_up(n, given, family, gi, fi)
            if best is not None:
                score, m, match = best
                ok = count[email[n]] <= most, count[phone[n]] <= most
                if m < registered:
                    found.append(Best(n - registered, m, True, min(100, score), match, *ok))
                else:
                    other = m - registered
                    found.append(Best(n - registered, other, False, min(100, score), match, *ok))
        return found

    def _index_contacts(self) -> None:
        """Every e-mail and phone (its last 8 digits); the people of those not one's own."""
        people = self.people
        self.email = emails = [_email_key(p.email) if p.email else "" for p in people]
        self.phone = phones = [_phone8(p.phone) if p.phone else "" for p in people]
        count = self.count
        count.update(emails)
        count.update(phones)
        count[""] = 0
        shared = {key for key, many in count.items() if many > 1}
        if shared:
            for keys in (emails, phones):
                for n, key in enumerate(keys):
                    if key in shared:
                        self.contacts.setdefault(key, []).append(n)

    # -- names and parts -------------------------------------------------------------

    def _part_info(self, part: _Part, parts: set[_Part]) -> _PartInfo:
        forms = [(part, 0, _long(part), frozenset(part))]
        for k in (1, 2):
            for gone in combinations(range(1, len(part)), k):
                shorter = tuple(w for i, w in enumerate(part) if i not in gone)
                forms.append((shorter, k, _long(shorter), frozenset(shorter)))
        typos = []
        for i, w in enumerate(part):
            for x in self._near_words(w)[1:]:
                other = (*part[:i], x, *part[i + 1 :])
                if other in parts:
                    typos.append(other)
        words = frozenset(part)
        return _PartInfo(words, len(words) == len(part), _long(part), tuple(forms), tuple(typos))

    def _add(self, n: int) -> None:
        """Make the group of registered person ``n``, its first member, found by the rows."""
        given, family = self.names[n]
        info = self.info
        self._look_up(n, given, family, info[given], info[family], look=False)

    def _near_words(self, word: str) -> tuple[str, ...]:
        """The word and the words of the list one letter away from it."""
        found = self._near.get(word)
        if found is None:
            others: set[str] = set()
            if len(word) >= TYPO_MIN_LENGTH:
                others = {w for k in _deletion_keys(word) for w in self._keys.get(k, ())}
            near = sorted(w for w in others if w != word and one_letter_apart(word, w))
            found = self._near[word] = (word, *near)
        return found

    # -- looking up ------------------------------------------------------------------

    def _look_up(
        self,
        n: int,
        given: _Part,
        family: _Part,
        gi: _PartInfo,
        fi: _PartInfo,
        look: bool = True,
    ) -> _Found | None:
        """The likeliest match of ``n`` among the people before it (with ``look``), and
        its group indexed for the people after when ``n`` is its first member."""
        group_of, members, by_more = self.group_of, self.members, self.by_more
        by_words, by_fewer = self.by_words, self.by_fewer
        own = self.group[n]
        first = members[own][0] == n
        name = (given, family)
        words = gi.words | fi.words
        people, registered = self.people, self.registered
        country = people[n].country
        best: _Found | None = None
        maybe: dict[int, int] = {}  # group → the best score it may have (compare to know)
        if not first:  # namesakes the name alone does not decide
            maybe[own] = 100
        # A plain name, in two parts with no word twice: the matcher pairs its words one
        # to one, so a name made of some of them, in order, matches it with a score known
        # beforehand (the name without ``missing`` words of its own, or with them).
        shorter_words: list[tuple[frozenset[str], int]] = []
        sure: set[int] = set()  # groups whose score the names alone give
        if given and family and gi.unique and fi.unique and gi.words.isdisjoint(fi.words):
            found: list[tuple[int, int]] = []  # (name score, group)
            if look:
                long = gi.long + fi.long
                for g, missing in by_more.get(name, ()):  # we lack their second names
                    if members[g][0] < n:
                        found.append((100 - 10 * missing - (15 if missing == 2 == long else 0), g))
            for g2, dg, lg, gw in gi.forms:
                for f2, df, lf, fw in fi.forms:
                    missing, long = dg + df, lg + lf
                    if 0 < missing <= 2 and long >= 2 and (missing == 1 or long >= 3):
                        shorter = (g2, f2)
                        fewer = gw | fw
                        shorter_words.append((fewer, missing))
                        if first:
                            by_more.setdefault(shorter, []).append((own, missing))
                            by_fewer.setdefault(fewer, []).append(own)
                        if look:  # they lack ours
                            hit = group_of.get(shorter)
                            if hit is not None and members[hit][0] < n:
                                found.append(
                                    (100 - 10 * missing - (15 if missing == 2 == long else 0), hit)
                                )
            for score, g in found:
                sure.add(g)
                group_members = members[g]
                m = group_members[0]
                theirs = people[m].country
                if country and theirs != country and len(group_members) > 1:
                    m = self._pick(group_members, n)
                    theirs = people[m].country
                if country and theirs:
                    score += 2 if theirs == country else -4
                if score >= self.min_score and (
                    best is None or _better(score, m, best, registered)
                ):
                    best = (score, m, None)
        if first:
            by_words.setdefault(words, []).append(own)
            if self.paired:
                indexed = sorted(w for w in words if w in self.paired)
                for pair in combinations(indexed, 2):
                    self.by_pair.setdefault(pair, []).append(own)
        if not look:
            return None
        for g in by_words.get(words, ()):  # another order or split
            if g != own:
                maybe[g] = 96
        # … and a second name fewer or more: found above when in order (compared only if
        # they may score more).
        for g in by_fewer.get(words, ()):
            if g not in sure and g != own and members[g][0] < n:
                maybe[g] = max(maybe.get(g, 0), 90)
        for fewer, missing in shorter_words:
            for g in by_words.get(fewer, ()):
                if g not in sure:
                    maybe[g] = max(maybe.get(g, 0), 100 - 10 * missing)
        for g2 in gi.typos:  # one letter apart
            self._maybe_typo((g2, family), n, maybe)
        for f2 in fi.typos:
            self._maybe_typo((given, f2), n, maybe)
        if self.by_pair:
            self._look_by_pairs(n, words, maybe)
        compared: set[int] = set()
        if maybe:
            ranked = sorted(maybe.items(), key=lambda item: (-item[1], item[0]))
            for g, bound in ranked[:MAX_COMPARED]:
                if best is not None and bound + 2 <= best[0]:
                    break
                m = self._pick(members[g], n)
                compared.add(m)
                match = self._compare(n, m)
                if match is not None and _better(match.score, m, best, registered):
                    best = (match.score, m, match)
        if self.count[self.email[n]] > 1 or self.count[self.phone[n]] > 1:
            best = self._contacts(n, best, compared)
        return best

    def _maybe_typo(self, other: _Name, n: int, maybe: dict[int, int]) -> None:
        members = self.members
        g = self.group_of.get(other)
        if g is not None and members[g][0] < n:
            maybe[g] = max(maybe.get(g, 0), 88)
        for g, missing in self.by_more.get(other, ()):  # and they have a second name more
            if missing == 1 and members[g][0] < n:
                maybe[g] = max(maybe.get(g, 0), 78)

    def _contacts(self, n: int, best: _Found | None, compared: set[int]) -> _Found | None:
        """``best``, or someone before with row ``n``'s e-mail or phone who scores more."""
        for key in (self.email[n], self.phone[n]):
            if key and 1 < self.count[key] <= SHARED_CONTACT:
                for m in self.contacts[key]:
                    if m >= n:
                        break
                    if m not in compared:
                        compared.add(m)
                        match = self._compare(n, m)
                        if match is not None and (
                            best is None or best[1] == m or match.score > best[0]
                        ):
                            best = (match.score, m, match)
        return best

    def _look_by_pairs(self, n: int, words: frozenset[str], maybe: dict[int, int]) -> None:
        """Groups sharing two words with the name (or words one letter away from them),
        for names with an initial; an initial costs 15."""
        if any(len(w) == 1 for w in words):
            indexed = sorted({x for w in words if len(w) > 1 for x in self._near_words(w)})
        else:
            indexed = sorted(w for w in words if w in self.paired)
        for pair in combinations(indexed, 2):
            for g in self.by_pair.get(pair, ()):
                if self.members[g][0] < n and g != self.group[n]:
                    maybe[g] = max(maybe.get(g, 0), 85)

    def _pick(self, members: list[int], n: int) -> int:
        """The person of a group a row is reported with: the first of the row's country
        among the people before it, else the first."""
        country = self.people[n].country
        if country and len(members) > 1:
            people = self.people
            for m in members:
                if m >= n:
                    break
                if people[m].country == country:
                    return m
        return members[0]

    def _country(self, n: int, m: int) -> int:
        a, b = self.people[n].country, self.people[m].country
        return 0 if not a or not b else 2 if a == b else -4

    def _compare(self, n: int, m: int) -> Match | None:
        prepared = self.prepared
        a = prepared.get(n)
        if a is None:
            a = prepared[n] = prepare(self.people[n])
        b = prepared.get(m)
        if b is None:
            b = prepared[m] = prepare(self.people[m])
        email_ok = self.count[self.email[n]] <= SHARED_CONTACT
        phone_ok = self.count[self.phone[n]] <= SHARED_CONTACT
        match = _compare(a, b, email_ok, phone_ok)
        return match if match is not None and match.score >= self.min_score else None


_Found = tuple[int, int, Match | None]  # (score, person, the match when compared)


def _better(score: int, m: int, best: _Found | None, registered: int) -> bool:
    """A higher score; as high, a registered person rather than a row, or an earlier one."""
    if best is None:
        return True
    if score != best[0]:
        return score > best[0]
    return (m < registered, -m) > (best[1] < registered, -best[1])


def _missing_score(missing: int, evidence: int) -> int:
    """The matcher's name score for a name that is the other without ``missing`` words,
    the shorter one with ``evidence`` words of 2 letters or more."""
    return 100 - 10 * missing - (15 if missing >= 2 and evidence == 2 else 0)


def _long(words: _Part) -> int:
    return len({w for w in words if len(w) > 1})


def _phone8(phone: str) -> str:
    digits = phone_key(phone)
    return digits[-8:] if len(digits) >= 7 else ""
