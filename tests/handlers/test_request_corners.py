"""The helpdesk's promises in the corners: a recreated topic holds everything, a second tap
changes nothing, times are Moscow's, the card shows the rating, no edit Telegram would refuse
as "not modified" is sent. Real Dispatcher, real SQLite, the fake Bot API."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.keyboards.callbacks import CardAction, MyRequests, MyRequestsAction, RequestRate
from bot.services.topics import CARD_TEXT_LIMIT
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    OPERATOR,
    STAFF,
    USER,
    card_of,
    helpdesk,
    press_card,
    ru,
    topic_of,
    topic_texts,
)

LONG = ("Работодатель не платит зарплату, обещает заплатить потом. " * 60)[:3000]


def file_ids(harness: Harness, thread: int) -> list[tuple[str, str]]:
    """(kind, file id) of every file the bot sent into a topic, in order."""
    found = []
    for record in harness.fake.topic_messages(STAFF, thread):
        media = record["message"].get(record["kind"])
        if record["kind"] != "text" and media is not None:
            sizes = media if isinstance(media, list) else [media]
            found.append((record["kind"], str(sizes[-1]["file_id"])))
    return found


async def file_with_evidence(harness: Harness, text: str = LONG) -> tuple[int, list[str]]:
    """A request with a long description, a photo and a voice message; its number and the
    evidence's file ids (as the migrant sent them)."""
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, text)
    evidence = []
    for kind, caption in (("photo", "расчётный листок"), ("voice", None)):
        update = harness.fake.user_media(USER, kind, caption=caption)
        media = update["message"][kind]
        evidence.append(str((media[-1] if isinstance(media, list) else media)["file_id"]))
        await harness.feed(update)
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(USER)
    return request.id, evidence


async def test_a_recreated_topic_holds_everything_the_first_one_had(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number, evidence = await file_with_evidence(harness)
    assert len(LONG) > CARD_TEXT_LIMIT
    await harness.deliver()
    first = topic_of(harness, number)
    first_texts = topic_texts(harness, first)
    assert LONG in "\n".join(first_texts[1:2]), "the first topic: the full text after the card"
    assert [file_id for _, file_id in file_ids(harness, first)] == evidence
    await harness.staff_send(STAFF, OPERATOR, "Первый ответ", thread_id=first)
    await harness.deliver()
    harness.fake.delete_topic(STAFF, first)

    await harness.send(USER, "Есть новости?")
    await harness.deliver()
    second = topic_of(harness, number)
    assert second != first
    records = harness.fake.topic_messages(STAFF, second)
    kinds = [record["kind"] for record in records]
    texts = topic_texts(harness, second)
    assert f"№{number}" in texts[0] and visible_text(ru("staff-card-continued")) in texts[0]
    assert LONG in texts[1], "the full description follows the card, as in the first topic"
    assert kinds[2:4] == ["photo", "voice"], "then every evidence file"
    assert [file_id for _, file_id in file_ids(harness, second)] == evidence, "by file id"
    assert records[2]["text"] == "расчётный листок", "with its caption"
    assert "Первый ответ" in texts[4] and LONG not in texts[4], "then the thread's history"
    assert texts[5:] == ["Есть новости?"], "and the message that found the topic gone"


def refused_as_not_modified(harness: Harness) -> list[str]:
    return [
        c.summary()
        for c in harness.fake.calls
        if not c.ok and "not modified" in str(c.response.get("description", ""))
    ]


async def to_summary(harness: Harness) -> None:
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, "Не платят зарплату.")
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))


async def test_a_double_tap_on_submit_files_once_and_keeps_the_receipt(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await to_summary(harness)
    summary = harness.screen(USER)
    submit = summary.data_of(ru("request-button-submit"))
    taps = [harness.fake.user_callback(USER, summary.message_id, submit) for _ in range(2)]
    for tap in taps:  # both taps left the phone before the first answer arrived
        await harness.feed(tap)
    (request,) = await harness.services.requests.for_user(USER)
    receipt = harness.screen(USER)
    assert receipt.message_id == summary.message_id
    assert f"№{request.id}" in receipt.text, "the receipt stays on the screen"
    assert visible_text(ru("common-outdated-button")) not in receipt.text
    answers = harness.fake.api.callback_answers
    assert all(answers[tap["callback_query"]["id"]] is not None for tap in taps), "answered"


async def test_a_second_press_of_a_done_button_leaves_any_screen_as_it_is(
    start_harness: StartHarness,
) -> None:
    """Not only Submit: "Create" of the event form, whose screen is not edited, pressed again."""
    from tests.handlers.test_events import ADMIN as EVENT_ADMIN
    from tests.handlers.test_events import _create_reception

    harness = await start_harness(admin_ids=frozenset({EVENT_ADMIN}))
    harness.fake.rejected.clear()
    await _create_reception(harness, harness.services.i18n)
    created = harness.screen(EVENT_ADMIN)
    summary_id = created.message_id - 1
    summary_before = harness.fake.messages[(EVENT_ADMIN, summary_id)]["text"]
    create = next(
        data
        for label, data in _buttons(harness, EVENT_ADMIN, summary_id)
        if label == ru("event-form-create")
    )
    await harness.feed(harness.fake.user_callback(EVENT_ADMIN, summary_id, create))
    assert harness.fake.messages[(EVENT_ADMIN, summary_id)]["text"] == summary_before
    assert harness.screen(EVENT_ADMIN).message_id == created.message_id, "nothing new sent"
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM events")
    assert row is not None and row[0] == 1


def _buttons(harness: Harness, chat: int, message_id: int) -> list[tuple[str, str]]:
    markup: dict[str, Any] = harness.fake.messages[(chat, message_id)]["reply_markup"] or {}
    return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]


async def test_the_card_shows_the_rating_at_once_and_no_edit_changes_nothing(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number, _ = await file_with_evidence(harness, "Не платят зарплату.")
    await harness.deliver()
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Первый ответ", thread_id=thread)
    await harness.deliver()
    card_edits = len([c for c in harness.fake.calls if c.method == "editMessageText"])
    await harness.staff_send(STAFF, OPERATOR, "Второй ответ", thread_id=thread)
    await harness.deliver()  # the card would be refreshed to what it already shows
    assert len([c for c in harness.fake.calls if c.method == "editMessageText"]) == card_edits

    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    rate = RequestRate(request_id=number, rating=4).pack()
    for _ in range(2):  # a second press of the rating (a double tap)
        await harness.press_data(USER, rate)
        await harness.deliver()
    assert visible_text(ru("staff-card-rating", rating=4)) in card_of(harness, thread)["text"]
    assert visible_text(ru("request-rated")) in harness.screen(USER).text
    assert refused_as_not_modified(harness) == []


async def test_my_requests_shows_moscow_time_and_says_so(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number, _ = await file_with_evidence(harness, "Не платят зарплату.")
    await harness.deliver()
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Ответ оператора", thread_id=thread)
    async with harness.services.db.transaction() as conn:  # 21:30 UTC is 00:30 in Moscow
        await conn.execute(
            "UPDATE request_messages SET created_at = '2026-03-01T21:30:00+00:00'"
            " WHERE request_id = ?",
            (number,),
        )
        await conn.execute(
            "UPDATE requests SET created_at = '2026-03-01T21:30:00+00:00' WHERE id = ?",
            (number,),
        )
    await harness.send(USER, "/myrequests")
    await harness.press_data(
        USER, MyRequests(action=MyRequestsAction.OPEN, request_id=number).pack()
    )
    view = harness.screen(USER).text
    assert "(02.03 00:30)" in view and "21:30" not in view
    assert "02.03.2026" in view, "the day is Moscow's too"
    assert visible_text(ru("common-moscow-time")) in view, "the zone is named"


async def test_pause_pressed_twice_sends_no_edit_that_changes_nothing(
    start_harness: StartHarness,
) -> None:
    admin = 777
    harness = await start_harness(admin_ids=frozenset({admin}))
    await harness.send(admin, "/broadcast")
    await harness.send(admin, "Вебинар завтра")
    await harness.press(admin, ru("broadcast-audience-all"))
    await harness.press(admin, ru("broadcast-button-send-now"))
    progress = harness.screen(admin)
    pause = progress.data_of(ru("broadcast-button-pause"))
    await harness.feed(harness.fake.user_callback(admin, progress.message_id, pause))
    assert ru("broadcast-status-paused") in harness.screen(admin).text
    assert harness.broadcaster is not None
    await harness.broadcaster.show_progress(1, force=True)  # the sender shows the same
    await harness.feed(harness.fake.user_callback(admin, progress.message_id, pause))
    edits = [c for c in harness.fake.calls if c.method == "editMessageText"]
    assert len(edits) == 1, [c.summary() for c in edits]
    assert refused_as_not_modified(harness) == []


async def test_a_double_tap_on_delete_my_data_keeps_what_it_said(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await file_with_evidence(harness, "Не платят зарплату.")
    await harness.send(USER, "/privacy")
    await harness.press(USER, ru("privacy-button-erase"))
    screen = harness.screen(USER)
    confirm = screen.data_of(ru("privacy-button-confirm"))
    for _ in range(2):
        await harness.feed(harness.fake.user_callback(USER, screen.message_id, confirm))
    assert harness.screen(USER).text == visible_text(ru("privacy-erased", requests=1))


EMOJI = "😀" * 1990  # 1,990 characters, 3,980 UTF-16 units: one message a phone can send


async def test_a_description_of_emoji_reaches_the_topic_whole_in_messages_telegram_accepts(
    start_harness: StartHarness,
) -> None:
    """Telegram counts UTF-16 units: two messages of emoji make a description of 3,981
    characters but 7,961 units, which no single message can hold."""
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, EMOJI)
    await harness.send(USER, EMOJI)
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(USER)
    await harness.deliver()

    def description_in(thread: int) -> str:
        texts = topic_texts(harness, thread)
        heading = visible_text(ru("staff-full-text", number=request.id))
        parts = [text.removeprefix(heading + "\n") for text in texts if text.startswith(heading)]
        assert len(parts) == 2, "the full text in two messages, each under its heading"
        return "".join(parts)

    first = topic_of(harness, request.id)
    assert EMOJI[:100] in topic_texts(harness, first)[0], "the card shows the start"
    assert description_in(first).replace("\n", "") == EMOJI * 2
    harness.fake.delete_topic(STAFF, first)
    await harness.send(USER, "Есть новости?")
    await harness.deliver()
    second = topic_of(harness, request.id)
    assert description_in(second).replace("\n", "") == EMOJI * 2, "and again after a deletion"
    assert not harness.fake.rejected, "Telegram accepted every message"


def card_labels(harness: Harness, number: int) -> list[str]:
    card = card_of(harness, topic_of(harness, number))
    return [b["text"] for row in card["reply_markup"]["inline_keyboard"] for b in row]


async def test_a_change_made_while_its_card_is_being_sent_still_reaches_the_card(
    start_harness: StartHarness,
) -> None:
    """Take, and while the card's edit for it is on its way (rendered as taken), Close: the
    card must end up closed, with Reopen, not stay as it was rendered."""
    harness = await helpdesk(start_harness)
    await to_summary(harness)
    await harness.press(USER, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(USER)
    await harness.deliver()
    await press_card(harness, request.id, CardAction.TAKE)
    edits = len([c for c in harness.fake.calls if c.method == "editMessageText"])
    harness.fake.faults.slow_next("editMessageText", 0.5)
    sending = asyncio.create_task(harness.deliver())
    # the card's edit has reached Telegram, its answer has not
    await harness.fake.wait_for(
        lambda: len([c for c in harness.fake.calls if c.method == "editMessageText"]) > edits
    )
    await press_card(harness, request.id, CardAction.CLOSE)
    await sending
    await harness.deliver()
    assert ru("staff-button-reopen") in card_labels(harness, request.id)
