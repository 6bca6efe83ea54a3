"""Online presence: merged connections against an agenda item, and the rule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.errors import DeskError
from desk.events.event import Event, default_event
from desk.online.presence import Interval, merged, overlap, people_present
from desk.online.rules import CertificateRule, OnlineRule, day_one_sessions

EVENT = default_event()
RULE = OnlineRule()
# Day 1, 08:00 San Salvador (UTC−6) in UTC; minutes from there.
BASE = datetime(2022, 5, 23, 14, 0, tzinfo=UTC)


def span(a: int, b: int) -> Interval:
    return BASE + timedelta(minutes=a), BASE + timedelta(minutes=b)


def counts(connections: dict[str, list[Interval]], event: Event = EVENT) -> dict[str, int]:
    return {item: len(p) for item, p in people_present(connections, event, RULE).items()}


def test_merged_joins_overlaps_and_touching() -> None:
    assert merged([span(10, 20), span(0, 5), span(5, 8), span(15, 30)]) == [
        span(0, 8),
        span(10, 30),
    ]
    times = [(a.timestamp(), b.timestamp()) for a, b in merged([span(60, 90), span(70, 80)])]
    start, end = span(75, 135)
    assert overlap(times, start.timestamp(), end.timestamp()) == 15 * 60


def test_threshold_is_the_lesser_of_minutes_and_share() -> None:
    # The panel 10:45–11:45 (60 min): 15 min is enough; a 15-min Q&A: 7.5 min.
    assert RULE.threshold(*span(165, 225)) == timedelta(minutes=15)
    assert RULE.threshold(*span(0, 15)) == timedelta(minutes=7, seconds=30)


def test_two_devices_and_rejoins_count_once() -> None:
    # 10:45–10:53 on a laptop, 10:50–10:55 on a phone, 10:58–11:00: 12 min < 15 → absent.
    ana = [span(165, 173), span(170, 175), span(178, 180)]
    assert counts({"ana": ana})["d1-panel-trust"] == 0
    # Three more minutes later on: 15 min → present, once.
    assert counts({"ana": [*ana, span(200, 203)]})["d1-panel-trust"] == 1


def test_field_visit_has_no_online_presence() -> None:
    day2 = datetime(2022, 5, 24, 14, 0, tzinfo=UTC)
    assert "d2-field-visit" not in counts({"x": [(day2, day2 + timedelta(hours=8))]})


def test_rules_refuse_nonsense() -> None:
    with pytest.raises(DeskError):
        OnlineRule(0, 50)
    with pytest.raises(DeskError):
        OnlineRule(15, 101)
    with pytest.raises(DeskError):
        CertificateRule(min_items=3, min_percent=50)
    with pytest.raises(DeskError):
        CertificateRule()


def test_certificate_rule_of_day_one_sessions() -> None:
    sessions = day_one_sessions(EVENT)
    assert len(sessions) == 11 and all(i.kind not in ("break", "meal") for i in sessions)
    rule = CertificateRule(min_percent=50)
    assert rule.required(EVENT) == 6
    assert rule.met(EVENT, {i.id for i in sessions[:6]})
    assert not rule.met(EVENT, {i.id for i in sessions[:5]} | {"d1-lunch", "d2-field-visit"})
    # Sessions only: lunch and breaks are not what a certificate is for.
    assert not CertificateRule(min_items=2).met(EVENT, {"d1-lunch", "d2-field-visit"})
    assert CertificateRule(min_items=2).met(EVENT, {"d1-welcome", "d2-field-visit"})


# Connections of a few people over day 1 (minutes after 08:00 local).
_connection = st.tuples(st.integers(0, 600), st.integers(0, 120)).map(
    lambda t: span(t[0], t[0] + t[1])
)
_people = st.dictionaries(
    st.sampled_from(["ana", "ben", "carla", "dana"]), st.lists(_connection, max_size=6)
)


@st.composite
def _reshaped(draw: st.DrawFn) -> tuple[dict[str, list[Interval]], dict[str, list[Interval]]]:
    """People's connections, and the same time covered by split, duplicated and
    reordered connections."""
    people = draw(_people)
    out: dict[str, list[Interval]] = {}
    for pid, spans in people.items():
        pieces: list[Interval] = []
        for start, end in spans:
            cut = draw(st.integers(0, int((end - start).total_seconds())))
            middle = start + timedelta(seconds=cut)
            pieces += [(start, middle), (middle, end)]  # split (an empty piece is harmless)
            if draw(st.booleans()):
                pieces.append((start, end))  # duplicated: a second device
        out[pid] = draw(st.permutations(pieces))
    return people, out


@settings(max_examples=300, deadline=None)
@given(_reshaped())
def test_online_count_is_the_same_however_connections_are_cut(
    pair: tuple[dict[str, list[Interval]], dict[str, list[Interval]]],
) -> None:
    original, reshaped = pair
    assert people_present(original, EVENT, RULE) == people_present(reshaped, EVENT, RULE)
