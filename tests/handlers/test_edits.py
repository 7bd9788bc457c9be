"""Edits relayed both ways: a migrant who edits a message already in the topic, an operator who
edits an answer — the copy on the other side follows, through the outbox (5xx, restarts,
quick edits), or, where Telegram cannot edit the copy, the new version is posted as a reply
to it marked "edited". Real Dispatcher, real SQLite, the strict fake Bot API."""

from __future__ import annotations

from typing import Any

from bot.db.clock import to_db, utc_now
from bot.keyboards.callbacks import CardAction, ThreadChoice
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.services.relay import MAX_TEXT
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    ENV,
    OPERATOR,
    STAFF,
    USER,
    file_request,
    helpdesk,
    ky,
    press_card,
    ru,
    topic_of,
    user_texts,
)

MARK = visible_text(ru("request-edited-mark"))


async def open_request(harness: Harness, lang: str = "ru") -> tuple[int, int]:
    """A filed request whose topic exists: (number, thread)."""
    number = await file_request(harness, lang=lang)
    await harness.deliver()
    return number, topic_of(harness, number)


async def user_writes(harness: Harness, text: str | None = None, **media: Any) -> int:
    """The migrant writes into the thread; returns the id of their message."""
    update = (
        harness.fake.user_media(USER, **media)
        if media
        else harness.fake.user_message(USER, text or "")
    )
    await harness.feed(update)
    return int(update["message"]["message_id"])


def topic_records(harness: Harness, thread: int) -> list[dict[str, Any]]:
    return harness.fake.topic_messages(STAFF, thread)


def calls(harness: Harness, method: str, chat_id: int, start: int = 0) -> list[Any]:
    return [c for c in harness.fake.calls[start:] if c.method == method and c.chat_id == chat_id]


async def stored_text(harness: Harness, number: int, **side: int) -> tuple[str | None, bool]:
    """(text, edited) of the thread message with that side's id."""
    thread = await harness.services.requests.requests.thread(number, 50)
    (field, message_id), *_ = side.items()
    found = [m for m in thread if getattr(m, field) == message_id]
    assert found, f"no thread message with {field}={message_id}"
    return found[0].text, found[0].edited_at is not None


async def test_the_migrants_edits_change_the_topics_copies(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number, thread = await open_request(harness)
    text_id = await user_writes(harness, "Зарплату не платят с марта")
    photo_id = await user_writes(harness, kind="photo", caption="расчётный лист")
    await harness.deliver()
    before = len(topic_records(harness, thread))
    text_copy, photo_copy = topic_records(harness, thread)[-2:]

    bold = [{"type": "bold", "offset": 0, "length": 8}]
    await harness.user_edits(USER, text_id, "Зарплату не платят с февраля", entities=bold)
    await harness.user_edits(USER, photo_id, caption="расчётный лист за февраль")
    await harness.deliver()

    records = topic_records(harness, thread)
    assert len(records) == before, "edited in place: no new message in the topic"
    text_after = harness.fake.messages[(STAFF, text_copy["message_id"])]
    photo_after = harness.fake.messages[(STAFF, photo_copy["message_id"])]
    assert text_after["text"] == "Зарплату не платят с февраля"
    assert text_after["message"]["entities"] == [{"type": "bold", "offset": 0, "length": 8}]
    assert (photo_after["kind"], photo_after["text"]) == ("photo", "расчётный лист за февраль")
    assert await stored_text(harness, number, user_message_id=text_id) == (
        "Зарплату не платят с февраля", True,
    )  # fmt: skip
    assert await stored_text(harness, number, user_message_id=photo_id) == (
        "расчётный лист за февраль", True,
    )  # fmt: skip


async def test_an_operators_edit_changes_the_migrants_copy(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    _, thread = await open_request(harness, lang="ky")
    answer = await harness.staff_send(STAFF, OPERATOR, "Келишимди жибериңиз", thread_id=thread)
    await harness.deliver()
    copy_id = harness.fake.last_message(USER)["message_id"]  # type: ignore[index]

    await harness.staff_edits(STAFF, answer["message_id"], "Келишимди жана паспортту жибериңиз")
    await harness.deliver()
    copy = harness.fake.messages[(USER, copy_id)]
    assert copy["text"] == "Келишимди жана паспортту жибериңиз"
    assert "edit_date" in copy["message"], "the migrant sees it edited, not a new message"
    assert user_texts(harness).count("Келишимди жибериңиз") == 0
    assert not any(visible_text(ky("request-edited-mark")) in text for text in user_texts(harness))


async def test_a_copy_telegram_refuses_to_edit_gets_a_reply_marked_edited(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    _, thread = await open_request(harness)
    text_id = await user_writes(harness, "Адрес: Лесная 7")
    photo_id = await user_writes(harness, kind="photo", caption="договор")
    await harness.deliver()
    text_copy, photo_copy = topic_records(harness, thread)[-2:]

    harness.fake.fail_next(
        "editMessageText", 400, description="Bad Request: message can't be edited"
    )
    await harness.user_edits(USER, text_id, "Адрес: Лесная 17")
    await harness.user_edits(USER, photo_id, caption="договор, стр. 2", media_kind="photo")
    await harness.deliver()

    *_, text_reply, photo_reply = topic_records(harness, thread)
    assert text_reply["text"] == f"{MARK}\nАдрес: Лесная 17"
    assert text_reply["reply_to"] == text_copy["message_id"], "a reply to the old copy"
    assert harness.fake.messages[(STAFF, text_copy["message_id"])]["text"] == "Адрес: Лесная 7"
    assert photo_reply["kind"] == "photo" and photo_reply["text"] == f"{MARK}\nдоговор, стр. 2"
    assert photo_reply["reply_to"] == photo_copy["message_id"]
    new_photo = harness.fake.store.user_messages[(USER, photo_id)]["photo"][-1]["file_id"]
    assert photo_reply["message"]["photo"][-1]["file_id"] == new_photo, "the new photo is posted"
    assert photo_copy["message"]["photo"][-1]["file_id"] != new_photo
    assert calls(harness, "editMessageCaption", STAFF) == [], "other media: not a caption edit"

    harness.fake.store.delete(STAFF, text_copy["message_id"])  # staff deleted the copy
    await harness.user_edits(USER, text_id, "Адрес: Лесная 27")
    await harness.deliver()
    last = topic_records(harness, thread)[-1]
    assert last["text"] == f"{MARK}\nАдрес: Лесная 27", "a deleted copy: posted anew"


async def test_two_quick_edits_the_last_one_stays(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number, thread = await open_request(harness)
    text_id = await user_writes(harness, "Работаю на стройке")
    await harness.deliver()
    copy = topic_records(harness, thread)[-1]
    start = len(harness.fake.calls)

    await harness.user_edits(USER, text_id, "Работаю на складе")
    await harness.user_edits(USER, text_id, "Работаю на складе в Люберцах")
    await harness.deliver()
    assert harness.fake.messages[(STAFF, copy["message_id"])]["text"] == (
        "Работаю на складе в Люберцах"
    )
    edits = calls(harness, "editMessageText", STAFF, start)
    assert [c.params["text"] for c in edits] == ["Работаю на складе в Люберцах"]
    assert (await stored_text(harness, number, user_message_id=text_id))[0] == (
        "Работаю на складе в Люберцах"
    )

    answer = await harness.staff_send(STAFF, OPERATOR, "Ответ 1", thread_id=thread)
    await harness.deliver()
    start = len(harness.fake.calls)
    for version in ("Ответ 2", "Ответ 3", "Ответ 4"):
        await harness.staff_edits(STAFF, answer["message_id"], version)
    await harness.deliver()
    assert user_texts(harness)[-1] == "Ответ 4"
    edits = calls(harness, "editMessageText", USER, start)
    assert [c.params["text"] for c in edits] == ["Ответ 4"]


async def test_an_edit_before_the_copy_left_reaches_the_topic_once(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number, thread = await open_request(harness)
    before = len(topic_records(harness, thread))
    text_id = await user_writes(harness, "Паспорт у работодателя")
    await harness.user_edits(USER, text_id, "Паспорт и миграционная карта у работодателя")
    await harness.deliver()

    records = topic_records(harness, thread)
    assert len(records) == before + 1, "one copy, no repost"
    assert records[-1]["text"] == "Паспорт и миграционная карта у работодателя"
    assert records[-1]["edits"] == 0, "the copy was made from the edited message"
    assert (await stored_text(harness, number, user_message_id=text_id))[0] == (
        "Паспорт и миграционная карта у работодателя"
    )


async def test_an_edit_survives_a_5xx_a_lost_answer_and_a_restart(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    _, thread = await open_request(harness)
    text_id = await user_writes(harness, "Нужна консультация")
    await harness.deliver()
    copy = topic_records(harness, thread)[-1]

    harness.fake.fail_next("editMessageText", 502)
    await harness.user_edits(USER, text_id, "Нужна консультация юриста")
    await harness.deliver()
    assert harness.fake.messages[(STAFF, copy["message_id"])]["text"] == "Нужна консультация"
    await harness.stop()

    again = await start_harness(
        admin_ids=frozenset({ADMIN}), env=ENV, throttling=ThrottlingMiddleware(burst=100),
        fake=harness.fake,
    )  # fmt: skip
    async with again.services.db.transaction() as conn:  # the retry is due
        await conn.execute("UPDATE outbox SET next_attempt_at = ?", (to_db(utc_now()),))
    again.fake.fail_next("editMessageText", 502, mode="after_effect")  # done, answer lost
    await again.deliver()
    async with again.services.db.transaction() as conn:
        await conn.execute("UPDATE outbox SET next_attempt_at = ?", (to_db(utc_now()),))
    await again.deliver()

    assert again.fake.messages[(STAFF, copy["message_id"])]["text"] == "Нужна консультация юриста"
    assert topic_records(again, thread)[-1]["message_id"] == copy["message_id"], "no repost"
    tries = [c.status for c in calls(again, "editMessageText", STAFF)]
    assert tries == [502, 502, 400], "the lost answer's retry is 'not modified': done"
    rows = await again.services.db.fetch_all("SELECT status FROM outbox WHERE kind = 'edit'")
    assert [row["status"] for row in rows] == ["sent"]


async def test_a_note_edit_stays_internal(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number, thread = await open_request(harness)
    note = await harness.staff_send(STAFF, OPERATOR, "!позвонить работодателю", thread_id=thread)
    await harness.deliver()
    start = len(harness.fake.calls)

    await harness.staff_edits(STAFF, note["message_id"], "позвонить работодателю в понедельник")
    await harness.deliver()
    assert [c for c in harness.fake.calls[start:] if c.chat_id == USER] == []
    assert await stored_text(harness, number, staff_message_id=note["message_id"]) == (
        "позвонить работодателю в понедельник", True,
    )  # fmt: skip
    assert [c.summary() for c in harness.fake.calls[start:] if c.chat_id == STAFF] == []


async def test_html_in_an_edited_text_is_shown_as_written(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    _, thread = await open_request(harness)
    text_id = await user_writes(harness, "Сумма долга")
    await harness.deliver()
    copy = topic_records(harness, thread)[-1]

    hostile = "Сумма <b>долга</b> & <i>штраф</i> > 0 <a href='x'>"
    await harness.user_edits(USER, text_id, hostile)
    await harness.deliver()
    edited = harness.fake.messages[(STAFF, copy["message_id"])]
    assert edited["text"] == hostile, "shown literally, nothing became markup"
    assert "entities" not in edited["message"]
    (call,) = calls(harness, "editMessageText", STAFF)
    assert "&lt;b&gt;" in call.params["text"] and "&amp;" in call.params["text"]


async def test_edits_of_what_was_never_relayed_or_of_a_closed_request(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number, _ = await open_request(harness, lang="ky")
    command = harness.fake.user_message(USER, "/help")
    await harness.feed(command)
    text_id = await user_writes(harness, "Салам")
    await harness.deliver()
    start = len(harness.fake.calls)

    await harness.user_edits(USER, int(command["message"]["message_id"]), "/menu")
    await harness.staff_send(STAFF, OPERATOR, "/queue")
    talk = await harness.staff_send(STAFF, OPERATOR, "кофе?")  # outside any topic
    await harness.staff_edits(STAFF, talk["message_id"], "чай?")
    assert [c.summary() for c in harness.fake.calls[start:] if c.method.startswith("edit")] == []
    assert calls(harness, "sendMessage", USER, start) == [], "no answer to a command's edit"

    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    start = len(harness.fake.calls)
    await harness.user_edits(USER, text_id, "Салам, дагы бир суроо")
    await harness.deliver()
    assert harness.fake.last_text(USER) == visible_text(ky("request-edit-closed", number=number))
    assert calls(harness, "editMessageText", STAFF, start) == []
    assert (await stored_text(harness, number, user_message_id=text_id))[0] == "Салам"


async def test_a_message_waiting_for_which_request_waits_as_edited(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    first = await file_request(harness)
    await file_request(harness, category="documents", text="Не продлевают патент")
    await harness.deliver()
    waiting = await user_writes(harness, "Какой штраф?")
    assert harness.fake.last_text(USER) == ru("request-choose")

    await harness.user_edits(USER, waiting, "Какой штраф за просрочку патента?")
    await harness.press_data(USER, ThreadChoice(request_id=first, message_id=waiting).pack())
    await harness.deliver()
    assert topic_records(harness, topic_of(harness, first))[-1]["text"] == (
        "Какой штраф за просрочку патента?"
    )
    assert (await stored_text(harness, first, user_message_id=waiting))[0] == (
        "Какой штраф за просрочку патента?"
    ), "the thread keeps what was relayed"


async def test_the_forms_lines_and_files_edited_before_sending_go_as_edited(
    start_harness: StartHarness,
) -> None:
    """The description is its lines joined: an edited line replaces its own part, an edited
    caption its file's; a line edited past the limit keeps its old text and the migrant is
    told."""
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    first = await user_writes(harness, "Хозяин не платит")
    second = await user_writes(harness, "Работаю на стройке")
    photo = await user_writes(harness, kind="photo", caption="лист")
    await harness.user_edits(USER, first, "Хозяин не платит три месяца")
    await harness.user_edits(USER, photo, caption="расчётный лист за март")
    await harness.user_edits(USER, second, "x" * MAX_TEXT)
    left = MAX_TEXT - len("Хозяин не платит три месяца\n")
    too_long = ru("request-text-too-long", max=MAX_TEXT, left=left)
    assert harness.fake.last_text(USER) == visible_text(too_long)
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(USER)
    assert request.text == "Хозяин не платит три месяца\nРаботаю на стройке"
    await harness.deliver()
    texts = [str(r["text"] or "") for r in topic_records(harness, topic_of(harness, request.id))]
    assert "расчётный лист за март" in texts
    assert not any(text == "лист" for text in texts)
