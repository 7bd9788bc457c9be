"""Receptions by appointment through the real Dispatcher and the strict fake: an admin gives a
reception times (bad specs refused), migrants book, move and cancel them (in Kyrgyz), two race
for one time, reminders name the person's own time, staff mark who came and turn a matter into
a request that reaches the staff topic."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from aiogram.types import Update

from bot.db import clock
from bot.db.clock import to_db, utc_now
from bot.i18n import I18n
from bot.scheduler import remind_events
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import ADMIN, helpdesk, topic_of, topic_texts

ALMAZ, AIBEK, DILNOZA = 311, 312, 313
MOSCOW = ZoneInfo("Europe/Moscow")
i18n = I18n.load("ru")
ru, ky = i18n.get("ru"), i18n.get("ky")
DAY = (utc_now() + timedelta(days=3)).astimezone(MOSCOW).date()


def at(hour: int, minute: int) -> datetime:
    """A time on the reception's day, Moscow time."""
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=MOSCOW)


async def create_reception(harness: Harness, slots: str = "10:00-11:00 15") -> None:
    """/newevent up to the times step, refusing four bad specs on the way, then ``slots``."""
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru("event-kind-reception"))
    await harness.press(ADMIN, "Кыргызча")
    await harness.send(ADMIN, "Жарандарды кабыл алуу")
    await harness.send(ADMIN, "-")
    await harness.press(ADMIN, ru("zone-moscow"))
    await harness.send(ADMIN, DAY.strftime("%d.%m.%Y") + " 10:00")
    await harness.send(ADMIN, "Москва")
    await harness.send(ADMIN, "Посольство КР, Б. Ордынка 64")
    assert ru("event-form-ask-slots").split("?")[0] in harness.screen(ADMIN).text
    for spec, problem in (
        ("с утра до вечера", "event-form-bad-slots"),
        ("10:00-16:00 3", "event-form-bad-slot-minutes"),
        ("10:00-10:10 15", "event-form-bad-slot-minutes"),
        ("09:00-12:00 15", "event-form-bad-slots-before-start"),
        ("10:00-23:00 5", "event-form-bad-slots-too-many"),
        ("16:00-10:00 15", "event-form-bad-slots"),
        ("25:00-26:00 15", "event-form-bad-slots"),
        ("١٠:٠٠-١١:٠٠ ١٥", "event-form-bad-slots"),  # other digits, as everywhere
    ):
        await harness.send(ADMIN, spec)
        assert harness.screen(ADMIN).text == ru(problem), spec
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM events")
    assert row is not None and row[0] == 0, "nothing stored while the form runs"
    await harness.send(ADMIN, slots)
    summary = harness.screen(ADMIN).text
    assert ru("event-form-summary") in summary
    assert ru("event-form-ask-capacity") not in summary, "a reception with times has no seats"
    await harness.press(ADMIN, ru("event-form-create"))
    assert ru("event-form-created", number=1) in harness.screen(ADMIN).text


async def start(start_harness: StartHarness, slots: str = "10:00-11:00 15") -> Harness:
    harness = await helpdesk(start_harness)
    await create_reception(harness, slots)
    return harness


async def open_reception(harness: Harness, user: int, locale: str, name: str) -> None:
    await harness.feed(
        harness.fake.user_message(user, "/menu", first_name=name, language_code=locale)
    )
    await harness.press(user, i18n.get(locale)("menu-events"), language_code=locale)
    await harness.press(user, "Жарандарды", language_code=locale)


async def pick(harness: Harness, user: int, locale: str, time: str) -> None:
    await harness.press(user, i18n.get(locale)("appointment-button-book"), language_code=locale)
    await harness.press(user, time, language_code=locale)


async def say(harness: Harness, user: int, text: str, locale: str, name: str) -> None:
    """A message with the person's Telegram first name (the fake keeps the last one given)."""
    await harness.feed(
        harness.fake.user_message(user, text, first_name=name, language_code=locale)
    )


async def book(
    harness: Harness, user: int, *, locale: str, name: str, time: str, matter: str
) -> None:
    await open_reception(harness, user, locale, name)
    await pick(harness, user, locale, time)
    await say(harness, user, matter, locale, name)
    await harness.press(user, i18n.get(locale)("appointment-button-consent"), language_code=locale)


async def slot_of(harness: Harness, user: int) -> datetime | None:
    row = await harness.services.db.fetch_one(
        "SELECT slot_start FROM appointments WHERE user_id = ?", (user,)
    )
    return datetime.fromisoformat(row[0]) if row else None


def time_buttons(harness: Harness, user: int) -> list[str]:
    return [label for label, _ in harness.screen(user).buttons if label[:2].isdigit()]


async def test_admin_creates_a_reception_with_times(start_harness: StartHarness) -> None:
    harness = await start(start_harness, "10:00-16:00 15")
    row = await harness.services.db.fetch_one(
        "SELECT slot_minutes, slots_from, slots_to, capacity FROM events"
    )
    assert row is not None
    assert tuple(row) == (
        15,
        at(10, 0).astimezone(UTC).isoformat(),
        at(16, 0).astimezone(UTC).isoformat(),
        None,
    )
    await harness.send(ADMIN, "/events")
    assert ru("event-admin-booked", booked=0, times=24) in harness.screen(ADMIN).text


async def test_book_move_and_cancel_in_kyrgyz(start_harness: StartHarness) -> None:
    harness = await start(start_harness)
    await open_reception(harness, ALMAZ, "ky", "Алмаз")
    assert ky("appointment-free", count=4) in harness.screen(ALMAZ).text
    await pick(harness, ALMAZ, "ky", "10:15")
    assert ky("appointment-ask-matter", time="10:15", limit=200) in harness.screen(ALMAZ).text
    await harness.send(ALMAZ, "", language_code="ky")  # nothing in words
    assert harness.screen(ALMAZ).text == ky("appointment-matter-empty")
    matter = "Иш берүүчү <үч ай> айлык төлөбөй жатат\nжана паспортумду алып койду " + "😀" * 200
    await say(harness, ALMAZ, matter, "ky", "Алмаз")
    consent = harness.screen(ALMAZ)
    assert ky("appointment-consent", days=30) in consent.text
    assert "&lt;үч ай&gt;" in consent.html, "the matter is escaped"
    assert await slot_of(harness, ALMAZ) is None, "nothing stored before consent"
    await harness.press(ALMAZ, ky("appointment-button-consent"), language_code="ky")
    screen = harness.screen(ALMAZ).text
    assert ky("appointment-booked") in screen and "10:15" in screen
    assert await slot_of(harness, ALMAZ) == at(10, 15)
    row = await harness.services.db.fetch_one("SELECT matter, first_name FROM appointments")
    assert row is not None and row[1] == "Алмаз"
    assert "\n" not in row[0] and row[0].startswith("Иш берүүчү <үч ай>")
    assert len(row[0].encode("utf-16-le")) // 2 <= 200, "clipped by UTF-16 units"

    await open_reception(harness, AIBEK, "ru", "Айбек")
    await harness.press(AIBEK, ru("appointment-button-book"))
    assert time_buttons(harness, AIBEK) == ["10:00", "10:30", "10:45"], "10:15 is taken"

    await harness.press(ALMAZ, ky("appointment-button-move"), language_code="ky")
    await harness.press(ALMAZ, "10:45", language_code="ky")
    assert ky("appointment-moved", time="10:45") in harness.screen(ALMAZ).text
    assert await slot_of(harness, ALMAZ) == at(10, 45)
    await harness.press(AIBEK, ru("common-button-back"))
    await harness.press(AIBEK, ru("appointment-button-book"))
    assert time_buttons(harness, AIBEK) == ["10:00", "10:15", "10:30"], "the old time is free"

    await harness.press(ALMAZ, ky("event-button-calendar"), language_code="ky")
    (document,) = [c for c in harness.fake.calls if c.method == "sendDocument"]
    ics = next(iter(document.files.values())).decode()
    assert "T074500Z" in ics and "T080000Z" in ics, "10:45-11:00 Moscow, the time's length"

    await open_reception(harness, ALMAZ, "ky", "Алмаз")  # the file was the last message
    await harness.press(ALMAZ, ky("appointment-button-cancel"), language_code="ky")
    assert ky("appointment-cancelled") in harness.screen(ALMAZ).text
    assert await slot_of(harness, ALMAZ) is None


async def test_two_people_race_for_one_time(start_harness: StartHarness) -> None:
    harness = await start(start_harness, "10:00-10:30 15")
    for user, name in ((ALMAZ, "Алмаз"), (AIBEK, "Айбек")):
        await open_reception(harness, user, "ru", name)
        await pick(harness, user, "ru", "10:00")
        await harness.send(user, f"Вопрос {name}")
    presses = [
        harness.dispatcher.feed_update(harness.bot, _press(harness, user))
        for user in (ALMAZ, AIBEK)
    ]
    await asyncio.gather(*presses)
    rows = await harness.services.db.fetch_all("SELECT user_id, slot_start FROM appointments")
    assert len(rows) == 1, "one wins"
    winner = int(rows[0][0])
    loser = AIBEK if winner == ALMAZ else ALMAZ
    assert ru("appointment-taken") in harness.screen(loser).text
    assert time_buttons(harness, loser) == ["10:15"], "and the free times again"
    await harness.press(loser, "10:15")  # booked at once: the matter and consent were kept
    assert ru("appointment-booked") in harness.screen(loser).text
    assert await slot_of(harness, loser) == at(10, 15)
    row = await harness.services.db.fetch_one(
        "SELECT matter FROM appointments WHERE user_id = ?", (loser,)
    )
    assert row is not None and row[0].startswith("Вопрос")


def _press(harness: Harness, user: int) -> Update:
    """The consent button pressed, as an update to feed (two at once: a race)."""
    screen = harness.screen(user)
    data = screen.data_of(ru("appointment-button-consent"))
    update = harness.fake.user_callback(user, screen.message_id, data)
    return Update.model_validate(update, context={"bot": harness.bot})


async def test_the_reminder_names_the_own_time(start_harness: StartHarness) -> None:
    harness = await start(start_harness)
    await book(
        harness, ALMAZ, locale="ky", name="Алмаз", time="10:45", matter="Документтерим жоголду"
    )
    assert harness.sender is not None
    try:
        # The job each 10 minutes of a test clock, until after the reception; its runs fall
        # 5 minutes off the own time's grid (from the wall clock's now, a run 59.7 minutes
        # before would say "1 hour").
        off_grid = (at(10, 45) - utc_now()) % timedelta(minutes=10)
        clock.advance((off_grid - timedelta(minutes=5)) % timedelta(minutes=10))
        while utc_now() < at(11, 30):
            await remind_events(
                harness.services.events, harness.services.appointments, harness.sender
            )
            clock.advance(timedelta(minutes=10))
    finally:
        clock.reset()
    rows = await harness.services.db.fetch_all(
        "SELECT text FROM outbox WHERE chat_id = ? ORDER BY id", (ALMAZ,)
    )
    texts = [str(row[0]) for row in rows]
    assert len(texts) == 2, "24 hours and 1 hour before the own time, once each"
    for text in texts:
        assert text.startswith(ky("appointment-reminder", left="|").split("|")[0])
        assert at(10, 45).strftime("%d.%m.%Y") + " 10:45" in text
    assert "сааттан" in texts[0] and "мүнөттөн" in texts[1], "the time really left"


async def test_moving_and_cancelling_the_reception_tell_each_their_time(
    start_harness: StartHarness,
) -> None:
    harness = await start(start_harness)
    await book(harness, ALMAZ, locale="ky", name="Алмаз", time="10:30", matter="Айлык")
    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-edit-when"))
    later = DAY + timedelta(days=1)
    await harness.send(ADMIN, later.strftime("%d.%m.%Y") + " 10:00")
    assert ru("event-edit-saved", told=1) in harness.screen(ADMIN).text
    moved = at(10, 30) + timedelta(days=1)
    assert await slot_of(harness, ALMAZ) == moved, "the appointment moved with the reception"
    queued = await harness.services.db.fetch_all(
        "SELECT text FROM outbox WHERE chat_id = ?", (ALMAZ,)
    )
    assert later.strftime("%d.%m.%Y") + " 10:30" in str(queued[-1][0])

    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-admin-cancel"))
    await harness.press(ADMIN, ru("event-admin-confirm-cancel"))
    queued = await harness.services.db.fetch_all(
        "SELECT text FROM outbox WHERE chat_id = ?", (ALMAZ,)
    )
    last = str(queued[-1][0])
    assert ky("event-cancelled-notice") in last and later.strftime("%d.%m.%Y") + " 10:30" in last


async def test_staff_list_came_and_a_request_with_the_matter(start_harness: StartHarness) -> None:
    harness = await start(start_harness)
    await book(
        harness,
        ALMAZ,
        locale="ky",
        name="Алмаз",
        time="10:15",
        matter="Иш берүүчү <айлык> бербей жатат",
    )
    await book(
        harness, DILNOZA, locale="uz", name="Dilnoza", time="10:00", matter="Patent muddati"
    )
    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-admin-appointments-button"))
    listing = harness.screen(ADMIN)
    assert ru("appointment-desk-counts", booked=2, times=4, came=0) in listing.text
    entries = [line for line in listing.text.splitlines() if line.startswith(("·", "✅"))]
    assert entries == [
        "· 10:00 Dilnoza: Patent muddati",
        "· 10:15 Алмаз: Иш берүүчү <айлык> бербей жатат",
    ], "by time, first names, the matters"
    assert "&lt;айлык&gt;" in listing.html
    assert "+7" not in listing.text

    await harness.press(ADMIN, "10:15 Алмаз")
    await harness.press(ADMIN, ru("appointment-desk-button-came"))
    assert ru("appointment-desk-came-yes") in harness.screen(ADMIN).text
    row = await harness.services.db.fetch_one(
        "SELECT came_at FROM appointments WHERE user_id = ?", (ALMAZ,)
    )
    assert row is not None and row[0] is not None
    await harness.press(ADMIN, ru("appointment-desk-button-request"))
    await harness.press(ADMIN, ru("request-category-wages"))
    (request,) = await harness.services.requests.for_user(ALMAZ)
    assert ru("appointment-desk-request-opened", number=request.id) in harness.screen(ADMIN).text
    assert (request.category, request.text, request.city) == (
        "wages",
        "Иш берүүчү <айлык> бербей жатат",
        "Москва",
    )
    assert ru("appointment-desk-button-request") not in [
        b for b, _ in harness.screen(ADMIN).buttons
    ]
    await harness.deliver()
    thread = topic_of(harness, request.id)
    assert any("Иш берүүчү" in text for text in topic_texts(harness, thread)), "the card"
    told = [str(m.get("text")) for m in harness.fake.store.bot_messages(ALMAZ)]
    assert any(ky("appointment-request-opened", number=request.id) in text for text in told)
    await harness.press(ADMIN, ru("appointment-desk-button-list"))
    assert ru("appointment-desk-counts", booked=2, times=4, came=1) in harness.screen(ADMIN).text


async def test_matters_of_past_receptions_are_forgotten(start_harness: StartHarness) -> None:
    harness = await start(start_harness)
    await book(harness, ALMAZ, locale="ky", name="Алмаз", time="10:15", matter="Каттоо маселеси")
    await harness.services.appointments.mark_came(1, came=True)
    assert await harness.services.appointments.forget_ended(30) == 0, "not over yet"
    past = to_db(utc_now() - timedelta(days=31))
    async with harness.services.db.transaction() as conn:
        await conn.execute("UPDATE events SET starts_at = ?, slots_to = ?", (past, past))
    assert await harness.services.appointments.forget_ended(30) == 1
    row = await harness.services.db.fetch_one(
        "SELECT user_id, matter, first_name, came_at FROM appointments"
    )
    assert row is not None and tuple(row)[:3] == (None, None, None)
    assert row[3] is not None, "who came stays, for the counts"
    assert await harness.services.appointments.forget_ended(30) == 0, "once"
