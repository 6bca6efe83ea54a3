"""The writer of the soak test: check-ins and door scans as fast as a busy day allows, an
export and a backup every so often; prints what it committed, and its memory.

Run: python -m tests.soak.soak_child DB FOLDER SEED
Lines: "committed <record id>", "rss <kB>", "wal <bytes>", "export <path>", "backup <path>".
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from desk.arrival.checkin import check_in_participant
from desk.deskfiles.backup import backup_now
from desk.deskfiles.sync_file import export_desk_file
from desk.doors.attendance import IN, OUT, door_items, scan
from desk.events.event import default_event
from desk.storage.db import Database
from desk.storage.models import Participant


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    db_path, folder, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    event = default_event()
    rng = random.Random(seed)
    db = Database(db_path)
    with db.read() as session:
        people = list(session.scalars(select(Participant.code)))
    items = [i for i in door_items(event) if not i.tables]
    day = datetime(2022, 5, 23, 12, 0, tzinfo=event.tz)
    n = 0
    while True:
        n += 1
        code = rng.choice(people)
        with db.write() as session:
            if rng.random() < 0.3:
                person = session.scalar(select(Participant.id).where(Participant.code == code))
                result = check_in_participant(
                    session, person, desk_id=db.desk_id, operator="soak", confirm_online=True
                )
                record = result.record_id if result.outcome.value == "checked_in" else None
            else:
                item = rng.choice(items)
                result = scan(
                    session,
                    event,
                    item.id,
                    code,
                    direction=rng.choice((IN, OUT)),
                    place="Bus 1" if item.kind == "field_visit" else None,
                    desk_id=db.desk_id,
                    operator="soak",
                    confirm=True,
                    now=day,
                )
                record = result.record_id if result.recorded else None
        if record:  # the transaction is committed: say so
            print(f"committed {record}", flush=True)
        if n % 250 == 0:
            wal = db_path.with_name(db_path.name + "-wal")
            print(f"rss {rss_kib()}", flush=True)
            print(f"wal {wal.stat().st_size if wal.exists() else 0}", flush=True)
        if n % 1000 == 0:
            out = export_desk_file(db, event, folder / f"soak-{seed}.desk")
            print(f"export {out.path}", flush=True)
        if n % 1500 == 0:
            print(f"backup {backup_now(db, reason='auto')}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
