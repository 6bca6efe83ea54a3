"""A queue at the registration desk and a burst at a door, in the real window.

Desk runs as a user starts it (``faketime … desk … gui``) on Xvfb with openbox; xdotool is
the USB scanner (``type --delay 2 CODE`` then ``key Return``) and the person at the
keyboard (``type --delay 60``). The verdict comes from the database's records, and from
what a watcher saw of the window every 100 ms: never a second window (a dialog takes the
scanner's keys), never wider than the screen; and no stray files.

Run: scripts/test tests/acceptance -v    (about 8½ minutes: 200 scans about half a second
apart are 100 s per print mode; skipped without Xvfb & co., except in CI)
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from desk.arrival import codes
from desk.events.event import current_item, default_event
from tests.acceptance.xsession import (
    FAKE_NOW,
    PDF_FOLDER_PRINTER,
    App,
    Person,
    Sandbox,
    Watcher,
    XSession,
    cancel_participants,
    desk_cli,
    fail_if,
    file_snapshot,
    live_records,
    log_problems,
    make_demo_database,
    new_files,
    read_desk_id,
    read_people,
    wait_for,
    wait_until_stable,
    write_print_settings,
    x_session,
)

pytestmark = pytest.mark.realwindow

PEOPLE = 220
SCANS = 200
# What the queue brings, out of SCANS: most people once, some twice, and the rest.
MIX = {
    "valid": 140,  # an in-person registrant: checked in
    "repeat": 14,  # the same badge again: already checked in, no new record
    "online": 12,  # registered online: needs a confirmation, not checked in by a scan
    "cancelled": 8,  # registration cancelled: not checked in
    "invalid": 8,  # a valid code with its check character changed
    "unknown": 8,  # a well-formed code nobody has
    "name": 3,  # a typed name that matches nobody, then Enter
    "fragment": 7,  # a misread fragment (no Enter), at once followed by a valid scan
}
CANCELLED = 10
NAMES = ("Zzyzx Qwerty", "Qwxyz Zzyzva", "Xyzzy Pqwvk")
SHOWN = 15  # lost scans listed in a failure message


@pytest.fixture(scope="module")
def xsession(tmp_path_factory: pytest.TempPathFactory) -> Iterator[XSession]:
    with x_session(tmp_path_factory.mktemp("xsession")) as session:
        yield session


# --------------------------------------------------------------------------- the queue


@dataclass(frozen=True)
class Step:
    index: int
    kind: str
    text: str  # what is typed (for a fragment: the fragment)
    gap: float  # seconds of quiet before it
    code: str | None = None  # a code this step must check in (valid, after a fragment)

    def __str__(self) -> str:
        if self.kind == "fragment":
            return f"#{self.index} fragment {self.text!r} + {self.code}"
        return f"#{self.index} {self.kind} {self.text!r}"


@dataclass
class Queue:
    steps: list[Step]
    spare: Person  # an in-person registrant not in the queue (the F5 test)
    roles: dict[str, str]  # participant id → why they are in the test data

    @property
    def must_check_in(self) -> dict[str, Step]:
        """Code → the step that must check it in."""
        return {s.code: s for s in self.steps if s.code}


def bad_check(code: str, rng: random.Random) -> str:
    """``code`` with its check character replaced by another of the same sort (a digit
    by a digit, a letter by a letter: still two digits, still a code)."""
    last = code[-1]
    pool = [c for c in codes.ALPHABET if c != last and c.isdigit() == last.isdigit()]
    wrong = code[:-1] + rng.choice(pool)
    assert codes.classify(wrong)[0] is codes.CodeStatus.BAD_CHECK, wrong
    return wrong


def unknown_code(known: set[str]) -> str:
    while True:
        code = codes.generate_code()
        if code not in known:
            return code


def build_queue(rng: random.Random, people: list[Person]) -> Queue:
    in_person = [p for p in people if p.mode == "in_person" and p.status == "registered"]
    online = [p for p in people if p.mode == "online" and p.status == "registered"]
    cancelled = [p for p in people if p.status == "cancelled"]
    rng.shuffle(in_person)
    fresh_needed = MIX["valid"] + MIX["fragment"]
    assert len(in_person) >= fresh_needed + 6, "not enough in-person registrants"
    fresh = iter(in_person[:fresh_needed])
    spare, *others = in_person[fresh_needed:]  # never scanned as themselves
    roles = {p.id: "spare (F5)" if p is spare else "never scanned" for p in in_person}
    roles |= {p.id: "online" for p in online} | {p.id: "cancelled" for p in cancelled}
    known = {p.code for p in people}

    kinds = [kind for kind, n in MIX.items() for _ in range(n)]
    rng.shuffle(kinds)
    first_valid = kinds.index("valid")  # a repeat needs an earlier scan
    kinds[0], kinds[first_valid] = kinds[first_valid], kinds[0]
    steps: list[Step] = []
    scanned: list[str] = []
    for i, kind in enumerate(kinds):
        gap = rng.uniform(0.0, 1.0) if i else 0.0
        if kind == "valid":
            person = next(fresh)
            roles[person.id] = "scanned"
            steps.append(Step(i, kind, person.code, gap, code=person.code))
            scanned.append(person.code)
        elif kind == "repeat":
            steps.append(Step(i, kind, rng.choice(scanned), gap))
        elif kind == "online":
            steps.append(Step(i, kind, rng.choice(online).code, gap))
        elif kind == "cancelled":
            steps.append(Step(i, kind, rng.choice(cancelled).code, gap))
        elif kind == "invalid":  # the misread badge of somebody never scanned
            steps.append(Step(i, kind, bad_check(rng.choice(others).code, rng), gap))
        elif kind == "unknown":
            steps.append(Step(i, kind, unknown_code(known), gap))
        elif kind == "name":
            steps.append(Step(i, kind, rng.choice(NAMES), gap))
        else:  # a fragment of somebody never scanned, then the next badge at once
            owner = rng.choice(others)
            person = next(fresh)
            roles[person.id] = "scanned after a fragment"
            steps.append(Step(i, kind, owner.code[: rng.randint(6, 9)], gap, code=person.code))
    assert len(steps) == SCANS
    return Queue(steps, spare, roles)


def play(app: App, steps: list[Step]) -> list[float]:
    """Scan and type the queue; returns when each step was sent (s since start)."""
    sent = []
    for step in steps:
        time.sleep(step.gap)
        app.doing = str(step)
        sent.append(app.elapsed())
        if step.kind == "name":
            app.type_like_person(step.text)
            app.key("Return")
        elif step.kind == "fragment":
            assert step.code is not None
            app.scan(step.text, enter=False)
            app.scan(step.code)
        else:
            app.scan(step.text)
    app.doing = "after the last scan"
    return sent


# --------------------------------------------------------------------------- checks


def checkin_problems(
    queue: Queue, people: list[Person], db: Path, expected_extra: set[str] = frozenset()
) -> tuple[list[str], set[str]]:
    """What is wrong with the live check-ins; also returns the ids checked in."""
    by_id = {p.id: p for p in people}
    by_code = {p.code: p for p in people}
    live = Counter(r["participant_id"] for r in live_records(db, "checkin"))
    problems = []
    must = queue.must_check_in
    wanted = {by_code[c].id for c in must} | expected_extra
    lost = sorted(
        (step for code, step in must.items() if live[by_code[code].id] == 0),
        key=lambda s: s.index,
    )
    if lost:
        steps = queue.steps
        lines = [
            f"    {step} (gap {step.gap:.2f} s; just before: "
            f"{steps[step.index - 1] if step.index else '-'})"
            for step in lost[:SHOWN]
        ]
        if len(lost) > SHOWN:
            lines.append(f"    … and {len(lost) - SHOWN} more")
        before = Counter(steps[s.index - 1].kind for s in lost if s.index)
        problems.append(
            f"{len(lost)} of {len(must)} scans that must check in were lost; the first is "
            f"{lost[0]}; what came just before each lost one: {dict(before.most_common())}:\n"
            + "\n".join(lines)
        )
    twice = {pid: n for pid, n in live.items() if n > 1}
    if twice:
        problems.append(
            "checked in more than once (live records): "
            + ", ".join(f"{by_id[pid].code} ×{n}" for pid, n in twice.items())
        )
    extra = sorted(set(live) - wanted)
    if extra:
        problems.append(
            f"{len(extra)} people checked in who must not be: "
            + ", ".join(
                f"{by_id[pid].code} ({queue.roles.get(pid, by_id[pid].mode)})" for pid in extra
            )
        )
    return problems, set(live)


def count_pdfs(folder: Path, since: float = 0.0) -> int:
    """PDF files in ``folder`` written since ``since`` (cups-pdf's folder is shared: jobs of
    tests/ui/test_cups_print.py, titled desk-badge-…, are not ours)."""
    try:
        return sum(
            1
            for p in folder.iterdir()
            if p.suffix.lower() == ".pdf"
            and not p.name.startswith("desk-badge-")
            and p.is_file()
            and p.stat().st_mtime >= since
        )
    except OSError:
        return 0


def printed_ids(db: Path) -> set[str]:
    return {r["participant_id"] for r in live_records(db, "print")}


def wait_for_pdfs(box: Sandbox, cups_folder: Path | None, since: float, prints: int) -> None:
    """The PDF files of ``prints`` badges: from the PDF folder within 20 s; from cups-pdf,
    which is slow, as long as it makes progress."""
    if not prints:
        return
    if cups_folder is None:
        wait_for(lambda: count_pdfs(box.pdf) >= prints, 20, 0.5)
        return
    last = (-1, time.monotonic())
    while (n := count_pdfs(cups_folder, since)) < prints:
        if n != last[0]:
            last = (n, time.monotonic())
        elif time.monotonic() - last[1] > 30:
            return
        time.sleep(1)


def print_problems(
    setting: str,
    queue: Queue,
    people: list[Person],
    box: Sandbox,
    checked_in: set[str],
    spare_id: str,
    cups_folder: Path | None,
    since: float,
) -> list[str]:
    """Badge print records (and their PDF files) against the desk's print setting."""
    problems = []
    by_id = {p.id: p for p in people}
    prints = live_records(box.db, "print")
    printed = Counter(r["participant_id"] for r in prints)
    if setting == "never" and prints:
        problems.append(f"mode never, yet {len(prints)} badge(s) printed")
    if setting == "ask":
        others = {pid: n for pid, n in printed.items() if pid != spare_id}
        if others:
            problems.append(
                f"ask mode, nobody pressed F5, yet {sum(others.values())} badge(s) printed "
                f"for {len(others)} people (an Enter answered a print question?)"
            )
        if printed.get(spare_id, 0) != 1:
            problems.append(
                f"ask mode: F5 after checking in {queue.spare.code} printed "
                f"{printed.get(spare_id, 0)} badge(s) for them, not 1"
            )
    if setting == "always":
        must_print = {pid for pid in checked_in if by_id[pid].code in queue.must_check_in}
        not_printed = sorted(by_id[pid].code for pid in must_print if not printed[pid])
        if not_printed:
            problems.append(
                f"always mode: {len(not_printed)} of {len(must_print)} people checked in got "
                f"no badge print record: {', '.join(not_printed[:SHOWN])}"
            )
        wrong = {
            by_id[pid].code: n for pid, n in printed.items() if n != 1 or pid not in must_print
        }
        if wrong:
            problems.append(f"always mode: unexpected print records (code: count): {wrong}")
    if cups_folder is None:
        files = count_pdfs(box.pdf)
        if files != len(prints):
            problems.append(
                f"{len(prints)} print record(s) but {files} PDF file(s) in the PDF folder {box.pdf}"
            )
    else:
        files = count_pdfs(cups_folder, since)
        if files != len(prints):
            problems.append(
                f"{len(prints)} print record(s) but {files} new PDF file(s) from cups-pdf in "
                f"{cups_folder}"
            )
    return problems


# --------------------------------------------------------------------------- the tests

MODES = {
    # mode → (settings mode, printer)
    "ask": ("ask", PDF_FOLDER_PRINTER),
    "always-cups": ("always", "cups"),
    "always-folder": ("always", PDF_FOLDER_PRINTER),
    "never": ("never", PDF_FOLDER_PRINTER),
}


@pytest.mark.parametrize("mode", list(MODES))
def test_checkin_queue(mode: str, xsession: XSession, tmp_path: Path) -> None:
    setting, printer = MODES[mode]
    cups_folder: Path | None = None
    if printer == "cups":
        from tests.printing_support import pdf_print_queue

        queue_info = pdf_print_queue()  # skipped (failed in CI) without a cups-pdf queue
        printer, cups_folder = queue_info.name, queue_info.folder
    seed = 20220523 + list(MODES).index(mode)
    rng = random.Random(seed)
    box = Sandbox.create(tmp_path)
    make_demo_database(box, PEOPLE, seed)
    people = read_people(box.db)
    online = [p for p in people if p.mode == "online"]
    in_person = [p for p in people if p.mode == "in_person"]
    to_cancel = rng.sample(in_person, CANCELLED - 2) + rng.sample(online, 2)
    cancel_participants(box.db, [p.id for p in to_cancel])
    people = read_people(box.db)
    assert sum(p.status == "cancelled" for p in people) == CANCELLED
    queue = build_queue(rng, people)
    write_print_settings(
        box,
        read_desk_id(box.db),
        mode=setting,
        printer=printer,
        pdf_folder=box.pdf if printer == PDF_FOLDER_PRINTER else None,
    )

    roots = (box.root, box.home, box.tmp)
    before = file_snapshot(roots, box.excluded)
    app = App(xsession, box, fake_time=FAKE_NOW)
    started = time.time()
    app.start()
    spare_id = ""
    with Watcher(app) as watcher:
        play(app, queue.steps)
        wait_until_stable(lambda: len(live_records(box.db, "checkin")), quiet=1.5, timeout=15)
        if mode == "ask":  # one more person, and this time the operator says yes: F5
            time.sleep(1.0)
            spare_id = queue.spare.id
            app.doing = f"the F5 person {queue.spare.code}"
            app.scan(queue.spare.code)
            time.sleep(1.0)
            app.doing = "F5 (print)"
            app.key("F5")
            wait_for(lambda: spare_id in printed_ids(box.db), 10)
        if setting == "always":  # a badge for everyone checked in (the lost aside)
            must_ids = {p.id for p in people if p.code in queue.must_check_in}
            checked = must_ids & {r["participant_id"] for r in live_records(box.db, "checkin")}
            wait_for(lambda: len(printed_ids(box.db)) >= len(checked), 30, 0.5)
        wait_until_stable(lambda: len(live_records(box.db, "print")), quiet=1.5, timeout=30)
        wait_for_pdfs(box, cups_folder, started, len(live_records(box.db, "print")))
        app.doing = "the end"
    shot = app.screenshot("shot.png")
    app.close()
    after = file_snapshot(roots, box.excluded)

    problems, checked_in = checkin_problems(
        queue, people, box.db, {spare_id} if spare_id else set()
    )
    problems += watcher.problems()
    stray = new_files(before, after)
    if stray:
        problems.append("files appeared outside the app's folders: " + ", ".join(map(str, stray)))
    problems += log_problems(app)

    problems += print_problems(
        setting, queue, people, box, checked_in, spare_id, cups_folder, started
    )
    fail_if(problems, app, watcher, shot)


# --------------------------------------------------------------------------- the door

DOOR_CHECKED_IN = 60
DOOR_SCANS = 100
DOOR_BAD = 6  # unknown codes, and as many invalid ones


def test_door_burst(xsession: XSession, tmp_path: Path) -> None:
    event = default_event()
    fake = datetime.fromisoformat(FAKE_NOW).replace(tzinfo=event.tz)
    item = current_item(event, fake)
    assert item is not None, f"no agenda item runs at {FAKE_NOW}"
    assert item.starts_at(event.tz) <= fake < item.ends_at(event.tz)
    rng = random.Random(523)
    box = Sandbox.create(tmp_path)
    make_demo_database(box, PEOPLE, 523)
    people = [p for p in read_people(box.db) if p.mode == "in_person"]
    rng.shuffle(people)
    inside_desk = people[:DOOR_CHECKED_IN]
    with ThreadPoolExecutor(3) as pool:  # check-ins at the desk, through the real CLI
        list(pool.map(lambda p: desk_cli(box, "checkin", p.code), inside_desk))
    assert len(live_records(box.db, "checkin")) == DOOR_CHECKED_IN

    # Mostly people from the desk, some who skipped it, some twice; and bad codes.
    valid_pool = inside_desk + people[DOOR_CHECKED_IN : DOOR_CHECKED_IN + 20]
    known = {p.code for p in read_people(box.db)}
    firsts = rng.sample(valid_pool, DOOR_SCANS - 2 * DOOR_BAD - 15)
    texts = [p.code for p in firsts]
    texts += [rng.choice(firsts).code for _ in range(15)]  # again: already inside
    bad = [unknown_code(known) for _ in range(DOOR_BAD)]
    never_scanned = people[DOOR_CHECKED_IN + 20 :]
    bad += [bad_check(rng.choice(never_scanned).code, rng) for _ in range(DOOR_BAD)]
    texts += bad
    rng.shuffle(texts)
    distinct = {p.code for p in firsts}

    roots = (box.root, box.home, box.tmp)
    before = file_snapshot(roots, box.excluded)
    app = App(xsession, box, fake_time=FAKE_NOW, gui_args=["--screen", "door", "--item", item.id])
    app.start()
    with Watcher(app) as watcher:
        for i, text in enumerate(texts):  # back to back
            app.doing = f"door scan #{i} {text}"
            app.scan(text)
        app.doing = "after the last scan"
        wait_until_stable(lambda: len(live_records(box.db, "door")), quiet=2, timeout=15)
        app.doing = "the end"
    shot = app.screenshot("shot.png")
    app.close()
    after = file_snapshot(roots, box.excluded)

    by_id = {p.id: p for p in read_people(box.db)}
    doors = live_records(box.db, "door")
    scanned = Counter(by_id[r["participant_id"]].code for r in doors)
    problems = []
    missing = sorted(distinct - set(scanned))
    if missing:
        order = {t: i for i, t in reversed(list(enumerate(texts)))}
        problems.append(
            f"{len(missing)} of {len(distinct)} people scanned at the door have no door "
            f"record: " + ", ".join(f"#{order[c]} {c}" for c in missing)
        )
    twice = {c: n for c, n in scanned.items() if n > 1}
    if twice:
        problems.append(f"more than one door record (a repeat is 'already inside'): {twice}")
    strangers = sorted(set(scanned) - distinct)
    if strangers:
        problems.append(f"door records for people never scanned validly: {strangers}")
    wrong = [dict(r) for r in doors if r["item_id"] != item.id or r["direction"] != "in"]
    if wrong:
        problems.append(f"door records not 'in' at {item.id}: {wrong[:5]}")
    if len(live_records(box.db, "checkin")) != DOOR_CHECKED_IN:
        problems.append("the door changed the desk's check-ins")
    problems += watcher.problems()
    stray = new_files(before, after)
    if stray:
        problems.append("files appeared outside the app's folders: " + ", ".join(map(str, stray)))
    problems += log_problems(app)
    fail_if(problems, app, watcher, shot)
