"""Erasure that erases: after "Delete my data" (and after the retention period) nothing of the
migrant is sent anywhere any more, no table holds anything that names or points to them (their
requests, and their appointments at receptions with the matter and name), and the erased words
are gone from the database files' bytes too."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.db.clock import to_db, utc_now
from bot.db.events import Event, EventText, Slots
from bot.keyboards.callbacks import CardAction
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    OPERATOR,
    STAFF,
    helpdesk,
    press_card,
    ru,
    topic_of,
)

MIGRANT = 918273645  # unlike any other number in the database
PHONE = "+79161234567"
SECRET = "Хозяин-Байбурин-не-платит-с-марта"
CAPTION = "договор-Байбурина"
REPLY = "Мой-адрес-Лесная-17"
EDITED = "Мой-новый-адрес-Садовая-3"  # the reply as the migrant edited it
EDITED_AGAIN = "Садовая-3-квартира-41"  # a later edit, still waiting in the outbox


async def file_with_phone_and_photo(harness: Harness) -> tuple[int, str]:
    """A request with a phone, a description and a photo; its number and the photo's file id."""
    await harness.services.users.set_locale(MIGRANT, "ru")
    await harness.send(MIGRANT, "/request")
    await harness.press(MIGRANT, ru("request-category-wages"))
    await harness.press(MIGRANT, ru("city-moscow"))
    await harness.send(MIGRANT, SECRET)
    photo = harness.fake.user_media(MIGRANT, "photo", caption=CAPTION)
    await harness.feed(photo)
    await harness.press(MIGRANT, ru("request-button-done"))
    await harness.press(MIGRANT, ru("request-button-share-phone"))
    await harness.feed(harness.fake.user_contact(MIGRANT, PHONE))
    await harness.press(MIGRANT, ru("request-button-consent"))
    await harness.press(MIGRANT, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(MIGRANT)
    return request.id, str(photo["message"]["photo"][-1]["file_id"])


async def erase(harness: Harness) -> None:
    await harness.send(MIGRANT, "/privacy")
    await harness.press(MIGRANT, ru("privacy-button-erase"))
    await harness.press(MIGRANT, ru("privacy-button-confirm"))


async def make_all_due(harness: Harness) -> None:
    async with harness.services.db.transaction() as conn:
        await conn.execute("UPDATE outbox SET next_attempt_at = ?", (to_db(utc_now()),))


def calls_since(harness: Harness, start: int, method: str) -> list[str]:
    return [c.summary() for c in harness.fake.calls[start:] if c.method == method and c.ok]


async def test_nothing_waiting_is_sent_after_erasure_and_no_topic_opens(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number, _ = await file_with_phone_and_photo(harness)
    harness.fake.fail_next("sendPhoto", 502)  # the evidence waits for a retry
    await harness.deliver()
    topic_of(harness, number)
    await erase(harness)
    start = len(harness.fake.calls)
    await make_all_due(harness)
    await harness.deliver()
    assert calls_since(harness, start, "sendPhoto") == [], "the waiting photo is not sent"
    assert calls_since(harness, start, "createForumTopic") == [], "no topic is reopened"
    assert calls_since(harness, start, "deleteForumTopic") != [], "the topic is deleted"

    await harness.services.users.set_locale(MIGRANT + 1, "ru")  # a request erased at once
    await harness.send(MIGRANT + 1, "/request")
    await harness.press(MIGRANT + 1, ru("request-category-police"))
    await harness.press(MIGRANT + 1, ru("city-moscow"))
    await harness.send(MIGRANT + 1, "Забрали паспорт")
    await harness.press(MIGRANT + 1, ru("request-button-done"))
    await harness.press(MIGRANT + 1, ru("request-button-chat-only"))
    await harness.press(MIGRANT + 1, ru("request-button-consent"))
    await harness.press(MIGRANT + 1, ru("request-button-submit"))
    await harness.send(MIGRANT + 1, "/privacy")
    await harness.press(MIGRANT + 1, ru("privacy-button-erase"))
    await harness.press(MIGRANT + 1, ru("privacy-button-confirm"))
    start = len(harness.fake.calls)
    await harness.deliver()
    staff_calls = [c.summary() for c in harness.fake.calls[start:] if c.chat_id == STAFF]
    assert staff_calls == [], "an erased request never opens a topic"


def cells(db: Path) -> list[tuple[str, str, Any, dict[str, Any]]]:
    """(table, column, value, the whole row) of every cell of every table in the schema."""
    found = []
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        for (table,) in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                whole = dict(row)
                found += [(table, column, value, whole) for column, value in whole.items()]
    return found


def naming(value: Any, words: tuple[str, ...], *, by_id: bool = True) -> bool:
    """The cell holds the migrant's id (``by_id``), or contains one of ``words``."""
    if isinstance(value, int):
        return by_id and value == MIGRANT
    return isinstance(value, str | bytes) and any(
        (word if isinstance(value, str) else word.encode()) in value for word in words
    )


async def walk_to_answer_and_close(harness: Harness, number: int) -> tuple[str, ...]:
    """An answer, a reply of the migrant edited twice (the first edit relayed, the second
    waiting for a retry), the request closed; the words it used."""
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Пришлите договор", thread_id=thread)
    await harness.deliver()
    reply = harness.fake.user_message(MIGRANT, REPLY)
    await harness.feed(reply)
    await harness.deliver()
    await harness.user_edits(MIGRANT, reply["message"]["message_id"], EDITED)
    await harness.deliver()
    harness.fake.fail_next("editMessageText", 502)
    await harness.user_edits(MIGRANT, reply["message"]["message_id"], EDITED_AGAIN)
    await harness.deliver()
    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    await harness.staff_send(STAFF, ADMIN, f"/casefile {number}")  # an admin's case file
    await harness.deliver()
    return (SECRET, CAPTION, REPLY, EDITED, EDITED_AGAIN, PHONE, str(MIGRANT))


async def audit_rows(harness: Harness) -> list[tuple[int, int]]:
    rows = await harness.services.db.fetch_all(
        "SELECT request_id, admin_id FROM case_file_downloads"
    )
    return [(row[0], row[1]) for row in rows]


async def test_after_erasure_no_table_names_or_points_to_the_migrant(
    start_harness: StartHarness, tmp_path: Path
) -> None:
    harness = await helpdesk(start_harness)
    number, file_id = await file_with_phone_and_photo(harness)
    await harness.deliver()
    words = (*await walk_to_answer_and_close(harness, number), file_id)
    assert any(naming(value, words) for *_, value, _ in cells(tmp_path / "bot.sqlite3"))

    assert await audit_rows(harness) == [(number, ADMIN)]

    await erase(harness)
    await harness.deliver()
    left = [(t, c) for t, c, value, _ in cells(tmp_path / "bot.sqlite3") if naming(value, words)]
    assert left == [], "these columns still name or point to the migrant"
    assert await audit_rows(harness) == [(number, ADMIN)], "the audit outlives the data"


async def test_after_retention_nothing_links_the_request_to_the_migrant(
    start_harness: StartHarness, tmp_path: Path
) -> None:
    harness = await helpdesk(start_harness, RETENTION_DAYS="30")
    number, file_id = await file_with_phone_and_photo(harness)
    await harness.deliver()
    words = (*await walk_to_answer_and_close(harness, number), file_id)
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE requests SET closed_at = '2026-01-01T00:00:00+00:00' WHERE id = ?", (number,)
        )
    assert await harness.services.requests.anonymise_expired(30) == 1
    await harness.deliver()

    personal = tuple(word for word in words if word != str(MIGRANT))
    found = cells(tmp_path / "bot.sqlite3")
    assert [(t, c) for t, c, value, _ in found if naming(value, personal, by_id=False)] == []
    rows_naming_the_migrant = [(t, row) for t, _, value, row in found if value == MIGRANT]
    linked = [
        (table, row)
        for table, row in rows_naming_the_migrant
        if table.startswith("request")
        or any(number == row[c] for c in row if "request" in c and row[c] is not None)
    ]
    assert linked == [], "a row still ties the anonymous request to the migrant"
    assert await audit_rows(harness) == [(number, ADMIN)], "the audit outlives the data"


def file_bytes(database: Path) -> bytes:
    parts = [database, database.with_name(database.name + "-wal")]
    return b"".join(part.read_bytes() for part in parts if part.exists())


async def test_erased_words_are_gone_from_the_database_files(
    start_harness: StartHarness, tmp_path: Path
) -> None:
    harness = await helpdesk(start_harness)
    number, _ = await file_with_phone_and_photo(harness)
    await harness.deliver()
    await walk_to_answer_and_close(harness, number)
    database = tmp_path / "bot.sqlite3"
    assert SECRET.encode() in file_bytes(database), "the test looks where the words were"

    await erase(harness)
    await harness.deliver()
    stored = file_bytes(database)
    for word in (SECRET, CAPTION, REPLY, EDITED, EDITED_AGAIN, PHONE):
        assert word.encode() not in stored, f"{word!r} is still in the files"


async def test_words_past_retention_are_gone_from_the_database_files(
    start_harness: StartHarness, tmp_path: Path
) -> None:
    harness = await helpdesk(start_harness, RETENTION_DAYS="30")
    number, _ = await file_with_phone_and_photo(harness)
    await harness.deliver()
    await walk_to_answer_and_close(harness, number)
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE requests SET closed_at = '2026-01-01T00:00:00+00:00' WHERE id = ?", (number,)
        )
    await harness.services.requests.anonymise_expired(30)
    await harness.deliver()
    stored = file_bytes(tmp_path / "bot.sqlite3")
    for word in (SECRET, CAPTION, REPLY, EDITED, EDITED_AGAIN, PHONE):
        assert word.encode() not in stored, f"{word!r} is still in the files"


async def test_rows_in_the_senders_hands_when_the_migrant_erases_are_not_sent(
    start_harness: StartHarness,
) -> None:
    """The sender reads a batch of rows, then sends them one by one (3 s apart in a group):
    an erasure in between deletes the rows from the table, but not from the batch."""
    harness = await helpdesk(start_harness)
    number, _ = await file_with_phone_and_photo(harness)
    harness.fake.slow_next("createForumTopic", 0.5)  # the card's row is in flight...
    sending = asyncio.create_task(harness.deliver())
    await harness.fake.wait_for(
        lambda: any(c.method == "createForumTopic" for c in harness.fake.calls), 5
    )
    await erase(harness)  # ...when the migrant erases their data
    await sending
    await harness.deliver()
    assert [c for c in harness.fake.calls if c.method == "sendPhoto"] == []
    assert all(topic["deleted"] for topic in harness.fake.topics.values()), (
        harness.fake.describe_calls(30)
    )
    request = await harness.services.requests.get(number)
    assert request is not None and request.topic_id is None


MATTER = "Бригадир-Каримов-забрал-паспорт"
NAME = "Ринатбек"


async def book_an_appointment(harness: Harness) -> None:
    """A reception with times (made by the service), and the migrant books one with a matter
    through the bot."""
    starts = (utc_now() + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    draft = Event(
        id=0, kind="reception", starts_at=starts, tz="Europe/Moscow", city="Москва",
        place="Посольство", url=None, capacity=None, cancelled=False,
        texts={"ru": EventText("Приём граждан", "")},
        slots=Slots(starts, starts + timedelta(hours=1), 15),
    )  # fmt: skip
    await harness.services.events.create(draft, created_by=1)
    await harness.services.users.set_locale(MIGRANT, "ru")
    await harness.feed(harness.fake.user_message(MIGRANT, "/menu", first_name=NAME))
    await harness.press(MIGRANT, ru("menu-events"))
    await harness.press(MIGRANT, "Приём граждан")
    await harness.press(MIGRANT, ru("appointment-button-book"))
    await harness.press(MIGRANT, starts.astimezone(ZoneInfo("Europe/Moscow")).strftime("%H:%M"))
    await harness.feed(harness.fake.user_message(MIGRANT, MATTER, first_name=NAME))
    await harness.press(MIGRANT, ru("appointment-button-consent"))
    assert ru("appointment-booked") in harness.screen(MIGRANT).text


async def test_erasure_removes_appointments_and_their_matters(
    start_harness: StartHarness, tmp_path: Path
) -> None:
    harness = await helpdesk(start_harness)
    await book_an_appointment(harness)
    database = tmp_path / "bot.sqlite3"
    assert MATTER.encode() in file_bytes(database), "the test looks where the words were"
    assert any(naming(value, (MATTER, NAME)) for *_, value, _ in cells(database))

    await erase(harness)
    await harness.deliver()
    left = [(t, c) for t, c, value, _ in cells(database) if naming(value, (MATTER, NAME))]
    assert left == [], "these columns still name or point to the migrant"
    stored = file_bytes(database)
    assert MATTER.encode() not in stored and NAME.encode() not in stored
