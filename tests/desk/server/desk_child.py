"""One desk in its own process, scanning badges against a server (tests and benchmark).

``python -m tests.desk.server.desk_child URL LOCAL DESK CODES_FILE OUT [--interval S]
[--start-at T]``: checks in every code of CODES_FILE (one per line) in that order, one
every ``interval`` seconds (0: as fast as it can), starting at the wall-clock time T (so
that several desks start together), calling ``db.sync()`` about once a second as the
window does. Writes one JSON line per scan to OUT: code, outcome, desk, milliseconds
from the scan to the committed result, and whether the desk was on the server."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from desk.actions.checkin import check_in_code
from desk.events.event import default_event
from desk.server.database import ServerDatabase, ServerLost


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("local")
    parser.add_argument("desk")
    parser.add_argument("codes", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--interval", type=float, default=0.0)
    parser.add_argument("--start-at", type=float, default=0.0)
    parser.add_argument("--settle", type=float, default=0.0, help="keep syncing this long after")
    args = parser.parse_args()
    codes = args.codes.read_text().split()
    db = ServerDatabase(args.url, local=args.local, desk_name=args.desk)
    db.bind_event(default_event().id)
    delay = args.start_at - time.time()
    if delay > 0:
        time.sleep(delay)
    next_scan = time.perf_counter()
    last_sync = next_scan
    with args.out.open("w") as out:
        for code in codes:
            if args.interval:
                pause = next_scan - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                next_scan += args.interval
            started = time.perf_counter()
            try:
                result = check_in_code(db, code, operator=args.desk)
            except ServerLost:  # nothing saved: the window does it again, on the replica
                result = check_in_code(db, code, operator=args.desk)
            ms = (time.perf_counter() - started) * 1000
            line = {"code": code, "outcome": result.outcome.value, "ms": ms, "online": db.online}
            out.write(json.dumps(line) + "\n")
            out.flush()
            if time.perf_counter() - last_sync >= 1.0:
                db.sync()
                last_sync = time.perf_counter()
        end = time.perf_counter() + args.settle
        while db.pending() or not db.online or time.perf_counter() < end:
            db.sync()
            if time.perf_counter() > end + 60:
                break
            time.sleep(0.2)
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
