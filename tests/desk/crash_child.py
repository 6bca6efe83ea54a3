"""Child of the crash test: imports list after list into one database, saying which committed.

python -m tests.desk.crash_child DB RUN
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from desk.events.event import default_event
from desk.people.importing import import_participants
from desk.storage.db import Database
from tests.factory import Factory

ROWS = 150


def main() -> None:
    db_path, run = Path(sys.argv[1]), sys.argv[2]
    event = default_event()
    factory = Factory(event)
    folder = Path(tempfile.mkdtemp(prefix="crash-"))
    db = Database(db_path)
    db.bind_event(event.id)
    batch = 0
    while True:
        people = [
            {
                **p,
                "email": f"crash-{run}-{batch}-{i}@example.org",
                "given_name": f"P{run}x{batch}x{i}",
            }
            for i, p in enumerate(factory.people(ROWS, seed=batch))
        ]
        path = factory.write_csv(folder / f"{batch}.csv", people)
        with db.write() as session:
            import_participants(session, event, path, desk_id=db.desk_id)
        sys.stdout.write(f"committed {run} {batch}\n")
        sys.stdout.flush()
        batch += 1


if __name__ == "__main__":
    main()
