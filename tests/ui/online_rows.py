"""Online presence for the screens' tests: connections of people to an agenda item and
their matches, written as an import would (desk.storage.models rows)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from desk.events.event import Event
from desk.people.participants import ParticipantInfo
from desk.storage.db import Database
from desk.storage.models import (
    MATCH_EMAIL,
    SOURCE_ZOOM,
    OnlineInterval,
    OnlineMatch,
    new_id,
)


def add_online(db: Database, event: Event, item_id: str, people: Iterable[ParticipantInfo]) -> None:
    """Each of ``people`` connected for the whole of the item (from 2 minutes before)."""
    item = event.item(item_id)
    start = item.starts_at(event.tz).astimezone(UTC) - timedelta(minutes=2)
    end = item.ends_at(event.tz).astimezone(UTC)
    now = datetime.now(UTC)
    sha = new_id().replace("-", "").ljust(64, "0")
    with db.write() as session:
        for line, p in enumerate(people, start=2):
            identity = f"{p.id}@example.org"
            session.add(
                OnlineInterval(
                    id=new_id(),
                    source=SOURCE_ZOOM,
                    file_sha256=sha,
                    file_name="participants.csv",
                    line=line,
                    raw_name=p.full_name,
                    email=identity,
                    identity=identity,
                    join_at=start,
                    leave_at=end,
                    imported_at=now,
                    desk_id=db.desk_id,
                )
            )
            session.add(
                OnlineMatch(
                    identity=identity,
                    participant_id=p.id,
                    method=MATCH_EMAIL,
                    at=now,
                    desk_id=db.desk_id,
                )
            )
