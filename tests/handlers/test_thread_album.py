"""An album (several photos sent at once: one media_group_id) written outside any menu by a
migrant with two open requests: one "which request?" and all of it relayed."""

from __future__ import annotations

from tests.handlers.conftest import StartHarness
from tests.handlers.test_requests import STAFF, USER, file_request, helpdesk, ru, topic_of


async def test_an_album_asks_once_and_is_relayed_whole(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    first = await file_request(harness, category="wages")
    second = await file_request(harness, category="police")
    await harness.deliver()

    album = []
    for caption in ("лист 1", None, None):
        update = harness.fake.user_media(USER, "photo", caption=caption)
        update["message"]["media_group_id"] = "13572468"
        album.append(update)
        await harness.feed(update)
    sent = harness.fake.store.bot_messages(USER)
    prompts = [m for m in sent if m["text"] == ru("request-choose")]
    assert len(prompts) == 1, "one question for the album"

    await harness.press(USER, f"№{second}")
    await harness.deliver()
    photos = [m for m in harness.fake.topic_messages(STAFF, topic_of(harness, second))
              if m["kind"] == "photo"]  # fmt: skip
    assert len(photos) == 3, "every photo of the album, not only the last"
    assert photos[0]["text"] == "лист 1"
    stored = await harness.services.db.fetch_all(
        "SELECT user_message_id FROM request_messages WHERE request_id = ? AND kind = 'photo'",
        (second,),
    )
    assert [row[0] for row in stored] == [u["message"]["message_id"] for u in album]
    in_first = harness.fake.topic_messages(STAFF, topic_of(harness, first))
    assert not [m for m in in_first if m["kind"] == "photo"]


async def test_messages_written_before_the_choice_all_go(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    await file_request(harness, category="wages")
    second = await file_request(harness, category="police")
    await harness.deliver()
    await harness.send(USER, "Первое")
    await harness.send(USER, "Второе")
    await harness.press(USER, f"№{second}")  # under the second question
    await harness.deliver()
    texts = [m["text"] for m in harness.fake.topic_messages(STAFF, topic_of(harness, second))]
    assert texts[-2:] == ["Первое", "Второе"]
