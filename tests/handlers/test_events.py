"""Events through the real Dispatcher: an admin creates one; migrants register, wait, cancel,
and get the .ics file; an admin cancels it and everyone is told."""

from __future__ import annotations

from datetime import timedelta

from bot.db.clock import utc_now
from bot.i18n import I18n
from bot.keyboards.callbacks import EventForm
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

ADMIN = 888
ALMAZ, AIBEK, DILNOZA = 301, 302, 303


async def _admin_harness(start_harness: StartHarness) -> Harness:
    """A bot where ADMIN is an admin. The tests fill forms faster than any person types, so
    the flood limit gets a larger burst than it has in production."""
    return await start_harness(
        admin_ids=frozenset({ADMIN}), throttling=ThrottlingMiddleware(burst=100)
    )


async def _create_reception(harness: Harness, i18n: I18n, capacity: str = "1") -> None:
    ru = i18n.get("ru")
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru("event-kind-reception"))
    await harness.press(ADMIN, "Кыргызча")
    await harness.send(ADMIN, "Жарандарды кабыл алуу <Москва>")
    await harness.send(ADMIN, "Паспортуңузду алыңыз")
    await harness.press_data(ADMIN, EventForm(value="ru").pack())  # another step's button
    assert ru("event-form-ask-zone") in harness.screen(ADMIN).text, "…changes nothing"
    await harness.press(ADMIN, ru("zone-moscow"))
    await harness.send(ADMIN, "завтра")
    assert ru("event-form-bad-when").split(",")[0] in harness.screen(ADMIN).text
    when = (utc_now() + timedelta(days=3)).strftime("%d.%m.%Y") + " 18:00"
    await harness.send(ADMIN, when)
    await harness.send(ADMIN, "Москва")
    await harness.send(ADMIN, "Посольство КР, Б. Ордынка")
    await harness.press(ADMIN, ru("event-form-no-slots"))  # walk-in, with seats
    await harness.send(ADMIN, capacity)
    assert ru("event-form-summary") in harness.screen(ADMIN).text
    assert "&lt;Москва&gt;" in harness.screen(ADMIN).html, "admin text is escaped"
    await harness.press(ADMIN, ru("event-form-create"))
    assert ru("event-form-created", number=1) in harness.screen(ADMIN).text


async def _open_event(harness: Harness, user: int, locale: str, i18n: I18n) -> None:
    await harness.send(user, "/menu", language_code=locale)
    await harness.press(user, i18n.get(locale)("menu-events"), language_code=locale)
    await harness.press(user, "Жарандарды", language_code=locale)


async def test_register_wait_move_up_calendar_and_cancel(
    start_harness: StartHarness, i18n: I18n
) -> None:
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n, capacity="1")
    ky, ru = i18n.get("ky"), i18n.get("ru")

    await _open_event(harness, ALMAZ, "ky", i18n)
    assert ky("event-kind-reception") in harness.screen(ALMAZ).text
    assert ky("zone-moscow") in harness.screen(ALMAZ).text
    await harness.press(ALMAZ, ky("event-button-register"), language_code="ky")
    assert ky("event-done-registered") in harness.screen(ALMAZ).text

    await _open_event(harness, AIBEK, "ru", i18n)
    await harness.press(AIBEK, ru("event-button-wait"))
    assert ru("event-done-waiting") in harness.screen(AIBEK).text

    await harness.press(ALMAZ, ky("event-button-unregister"), language_code="ky")
    row = await harness.services.db.fetch_one(
        "SELECT status FROM registrations WHERE user_id = ?", (AIBEK,)
    )
    assert row is not None and row[0] == "registered", "the waiting list moved up"
    queued = await harness.services.db.fetch_all("SELECT chat_id, text FROM outbox")
    assert [(r[0], ru("event-seat-freed") in r[1]) for r in queued] == [(AIBEK, True)]

    await harness.press(AIBEK, ru("event-button-calendar"))
    documents = [c for c in harness.fake.calls if c.method == "sendDocument"]
    assert len(documents) == 1 and documents[0].chat_id == AIBEK
    ics = next(iter(documents[0].files.values())).decode()
    assert "BEGIN:VEVENT" in ics and "DTSTART:" in ics and "T150000Z" in ics  # 18:00 Moscow

    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-admin-cancel"))
    await harness.press(ADMIN, ru("event-admin-confirm-cancel"))
    assert "1" in harness.screen(ADMIN).text
    queued = await harness.services.db.fetch_all("SELECT chat_id, text FROM outbox ORDER BY id")
    assert queued[-1][0] == AIBEK and ru("event-cancelled-notice") in queued[-1][1]


async def test_back_and_cancel_in_the_form(start_harness: StartHarness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    harness = await start_harness(admin_ids=frozenset({ADMIN}))
    await harness.send(ADMIN, "/newevent")
    await harness.press(ADMIN, ru("event-kind-webinar"))
    await harness.press(ADMIN, ru("common-button-back"))
    assert ru("event-form-ask-kind").split(".")[0].replace("<b>", "") in harness.screen(ADMIN).text
    await harness.press(ADMIN, ru("event-form-cancel"))
    assert ru("event-form-cancelled") in harness.screen(ADMIN).text
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM events")
    assert row is not None and row[0] == 0


async def test_not_an_admin(start_harness: StartHarness, i18n: I18n) -> None:
    harness = await start_harness(admin_ids=frozenset({ADMIN}))
    await harness.send(DILNOZA, "/newevent", language_code="uz")
    assert i18n.get("uz")("common-unknown-command").split(".")[0] in harness.screen(DILNOZA).text
    await harness.press_data(DILNOZA, "ea:1:1", language_code="uz")
    assert i18n.get("uz")("common-outdated-button") in harness.screen(DILNOZA).text


async def test_no_events_yet(start_harness: StartHarness, i18n: I18n) -> None:
    harness = await start_harness()
    await harness.send(DILNOZA, "/menu", language_code="uz")
    await harness.press(DILNOZA, i18n.get("uz")("menu-events"), language_code="uz")
    assert i18n.get("uz")("events-none") in harness.screen(DILNOZA).text


async def test_admin_changes_time_and_seats_people_are_told(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n, capacity="1")
    await harness.send(ALMAZ, "/start", language_code="ky")
    await harness.press(ALMAZ, "✅ Кыргызча", language_code="ky")  # notices follow this choice
    await _open_event(harness, ALMAZ, "ky", i18n)
    await harness.press(ALMAZ, i18n.get("ky")("event-button-register"), language_code="ky")
    await _open_event(harness, AIBEK, "ru", i18n)
    await harness.press(AIBEK, ru("event-button-wait"))

    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-edit-when"))
    new_time = utc_now() + timedelta(days=5)
    await harness.send(ADMIN, new_time.strftime("%d.%m.%Y") + " 11:30")
    assert ru("event-edit-saved", told=2) in harness.screen(ADMIN).text
    queued = await harness.services.db.fetch_all("SELECT chat_id, text FROM outbox ORDER BY id")
    assert [row[0] for row in queued] == [ALMAZ, AIBEK]
    assert new_time.strftime("%d.%m.%Y") + " 11:30" in queued[0][1]
    assert i18n.get("ky")("event-changed-notice") in queued[0][1]

    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-edit-capacity"))
    await harness.send(ADMIN, "ноль")
    assert ru("event-form-bad-capacity").split(" ")[0] in harness.screen(ADMIN).text
    await harness.send(ADMIN, "2")
    row = await harness.services.db.fetch_one(
        "SELECT status FROM registrations WHERE user_id = ?", (AIBEK,)
    )
    assert row is not None and row[0] == "registered", "a new seat goes to who was waiting"
    queued = await harness.services.db.fetch_all("SELECT chat_id, text FROM outbox ORDER BY id")
    assert queued[-1][0] == AIBEK and ru("event-seat-freed") in queued[-1][1]


async def test_broadcast_to_the_people_registered_for_an_event(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n, capacity="5")
    await _open_event(harness, ALMAZ, "ky", i18n)
    await harness.press(ALMAZ, i18n.get("ky")("event-button-register"), language_code="ky")
    await harness.send(DILNOZA, "/menu", language_code="uz")  # a user not registered

    await harness.send(ADMIN, "/broadcast")
    await harness.send(ADMIN, "Приём переносится в кабинет 5")
    await harness.press(ADMIN, "🗓 Жарандарды кабыл алуу")
    assert ru("broadcast-preview", recipients=1) in harness.screen(ADMIN).text
    await harness.press(ADMIN, ru("broadcast-button-send-now"))
    assert harness.broadcaster is not None
    await harness.broadcaster.run_once()
    copies = [c.chat_id for c in harness.fake.calls if c.method == "copyMessage" and c.ok]
    assert copies == [ADMIN, ALMAZ], "the preview, then only the registered person"


async def test_admin_adds_a_title_in_another_language(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n)
    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-edit-text"))
    await harness.press(ADMIN, "O'zbekcha")
    await harness.send(ADMIN, "Fuqarolarni qabul qilish")
    await harness.send(ADMIN, "-")
    assert ru("event-edit-saved", told=0) in harness.screen(ADMIN).text
    await harness.send(DILNOZA, "/menu", language_code="uz")
    await harness.press(DILNOZA, i18n.get("uz")("menu-events"), language_code="uz")
    labels = [label for label, _ in harness.screen(DILNOZA).buttons]
    assert any("Fuqarolarni qabul qilish" in label for label in labels), labels


async def test_notices_reach_people_in_telegrams_language_if_they_never_chose(
    start_harness: StartHarness, i18n: I18n
) -> None:
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n, capacity="5")
    await _open_event(harness, DILNOZA, "uz", i18n)  # never chose a language: Telegram says uz
    await harness.press(DILNOZA, i18n.get("uz")("event-button-register"), language_code="uz")
    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, i18n.get("ru")("event-admin-cancel"))
    await harness.press(ADMIN, i18n.get("ru")("event-admin-confirm-cancel"))
    queued = await harness.services.db.fetch_all("SELECT chat_id, text FROM outbox")
    assert [row[0] for row in queued] == [DILNOZA]
    assert i18n.get("uz")("event-cancelled-notice") in queued[0][1]


async def test_cancelling_an_edit_changes_nothing(start_harness: StartHarness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    harness = await _admin_harness(start_harness)
    await _create_reception(harness, i18n)
    before = await harness.services.db.fetch_one("SELECT starts_at FROM events")
    await harness.send(ADMIN, "/events")
    await harness.press(ADMIN, ru("event-edit-when"))
    await harness.press(ADMIN, ru("event-form-cancel"))
    assert ru("event-form-cancelled") in harness.screen(ADMIN).text
    await harness.send(ADMIN, "01.01.2027 10:00")  # no longer in the edit: not taken as a time
    after = await harness.services.db.fetch_one("SELECT starts_at FROM events")
    assert before is not None and after is not None
    assert before[0] == after[0]
