"""One badge under 30 ms; 1,000 badges in one PDF under 6 s (DESIGN.md §8).

Run: scripts/test tests/benchmarks -s
"""

from __future__ import annotations

import time

from desk.badges.layouts import get_layout
from desk.badges.render import render_badges
from desk.events.event import default_event
from desk.people.participants import all_participants
from desk.storage.db import Database


def test_one_badge(benchmark, big_db: Database) -> None:  # type: ignore[no-untyped-def]
    event = default_event()
    with big_db.read() as session:
        people = all_participants(session)[:200]
    layout = get_layout("4x3")
    render_badges(event, people[:1], layout)  # fonts registered once per process
    people_iter = iter(people * 10)

    def one() -> bytes:
        return render_badges(event, [next(people_iter)], layout)

    benchmark.pedantic(one, rounds=100, iterations=1)
    print(
        f"\none badge: median {benchmark.stats.stats.median * 1000:.1f} ms, "
        f"max {benchmark.stats.stats.max * 1000:.1f} ms"
    )
    assert benchmark.stats.stats.median < 0.030


def test_1000_badges_in_one_pdf(benchmark, big_db: Database) -> None:  # type: ignore[no-untyped-def]
    event = default_event()
    with big_db.read() as session:
        people = all_participants(session)[:1000]
    layout = get_layout("a4-8")
    sizes: list[int] = []

    def batch() -> None:
        start = time.perf_counter()
        sizes.append(len(render_badges(event, people, layout)))
        assert time.perf_counter() - start < 6.0

    benchmark.pedantic(batch, rounds=3, iterations=1)
    print(f"\n1,000 badges: mean {benchmark.stats.stats.mean:.2f} s, PDF {sizes[-1] / 1e6:.1f} MB")
    assert benchmark.stats.stats.max < 6.0
