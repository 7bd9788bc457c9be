"""The helpdesk's promises in the corners: a recreated topic holds everything, a second tap
changes nothing, times are Moscow's, the card shows the rating, no edit Telegram would refuse
as "not modified" is sent. Real Dispatcher, real SQLite, the fake Bot API."""

from __future__ import annotations

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
