"""A request handed to the partner institution's staff chat: the partner's topic holds what
the first one held, the first topic says where it went and is closed, the migrant is told in
their language, and the relay follows the request (issue 16, operators, last point)."""

from __future__ import annotations

from typing import Any

from bot.db.clock import to_db, utc_now
from bot.keyboards.callbacks import CardAction, RequestCard, RequestTransfer, TransferStep
from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram import FakeTelegram
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness, buttons_of
from tests.handlers.test_erasure import cells, naming
from tests.handlers.test_requests import ADMIN, ENV, STAFF, USER, ky, ru, user_texts

PARTNER = -1009876543210  # the Russian Commissioner's staff chat: police requests go there
OFFICE_OPERATOR = 5101
OFFICE_COLLEAGUE = 5102
PARTNER_OPERATOR = 5201
STRANGER = 5999
DESCRIPTION = "Иш берүүчү эки айдан бери айлык төлөбөй жатат, паспортумду да алып койду."
CAPTION = "эмгек келишими"
TEAM_ENV = {
    **ENV,
    "REQUEST_ROUTING": f"police={PARTNER}",
    "TEAM_NAMES": f"{STAFF}=kg-ombudsman,{PARTNER}=ru-commissioner",
    "SLA_MINUTES": "240",
}


async def two_institutions(
    start_harness: StartHarness, fake: FakeTelegram | None = None
) -> Harness:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env=TEAM_ENV,
        throttling=ThrottlingMiddleware(burst=100),
        fake=fake,
    )
    if fake is None:
        harness.fake.make_forum(STAFF, "Akyikatchy")
        harness.fake.make_forum(PARTNER, "Commissioner")
        await harness.staff_send(STAFF, ADMIN, f"/staff add {OFFICE_OPERATOR} operator")
        await harness.staff_send(STAFF, ADMIN, f"/staff add {OFFICE_COLLEAGUE} operator")
        await harness.staff_send(PARTNER, ADMIN, f"/staff add {PARTNER_OPERATOR} operator")
        await harness.staff_send(STAFF, OFFICE_OPERATOR, "Салам", first_name="Бакыт")
    return harness


async def file_in_kyrgyz_with_a_photo(harness: Harness) -> tuple[int, str]:
    """A wages request (routed to the office) with a photo; its number and the file id."""
    await harness.services.users.set_locale(USER, "ky")
    await harness.send(USER, "/request", language_code="ky")
    await harness.press(USER, ky("request-category-wages"), language_code="ky")
    await harness.press(USER, ky("city-moscow"), language_code="ky")
    await harness.send(USER, DESCRIPTION, language_code="ky")
    photo = harness.fake.user_media(USER, "photo", caption=CAPTION, language_code="ky")
    await harness.feed(photo)
    await harness.press(USER, ky("request-button-done"), language_code="ky")
    await harness.press(USER, ky("request-button-chat-only"), language_code="ky")
    await harness.press(USER, ky("request-button-consent"), language_code="ky")
    await harness.press(USER, ky("request-button-submit"), language_code="ky")
    (request,) = await harness.services.requests.for_user(USER)
    return request.id, str(photo["message"]["photo"][-1]["file_id"])


def topic_in(harness: Harness, chat: int, number: int) -> int:
    found = [
        thread
        for (chat_id, thread), topic in harness.fake.topics.items()
        if chat_id == chat and f"№{number}" in topic["name"] and not topic["deleted"]
    ]
    assert len(found) == 1, f"one topic for №{number} in {chat}: {harness.fake.topics}"
    return found[0]


def texts_in(harness: Harness, chat: int, thread: int) -> list[str]:
    return [str(r["text"] or "") for r in harness.fake.topic_messages(chat, thread)]


def card_in(harness: Harness, chat: int, number: int) -> dict[str, Any]:
    return harness.fake.topic_messages(chat, topic_in(harness, chat, number))[0]


async def press(
    harness: Harness, chat: int, card: dict[str, Any], data: str, who: int
) -> str | None:
    """Press ``data`` on ``card``; the toast it got."""
    query = await harness.staff_press(chat, who, card["message_id"], data, "Бакыт")
    answer = harness.fake.callback_answers[query]
    assert answer is not None, "every press is answered"
    return str(answer.get("text") or "") or None


async def answered_and_replied(harness: Harness, number: int) -> int:
    """The office takes the request, asks a question, the migrant answers; the topic."""
    thread = topic_in(harness, STAFF, number)
    take = RequestCard(request_id=number, action=CardAction.TAKE).pack()
    await press(harness, STAFF, card_in(harness, STAFF, number), take, OFFICE_OPERATOR)
    await harness.staff_send(
        STAFF, OFFICE_OPERATOR, "Келишимиңиз барбы?", thread_id=thread, first_name="Бакыт"
    )
    await harness.deliver()
    await harness.send(USER, "Ооба, бар.", language_code="ky")
    await harness.deliver()
    return thread


async def transfer_by_buttons(harness: Harness, number: int, who: int) -> str | None:
    """List, pick the partner, confirm; the last toast."""
    card = card_in(harness, STAFF, number)
    listing = RequestTransfer(request_id=number, step=TransferStep.LIST).pack()
    assert listing in [data for _, data in buttons_of(card)], "the card offers the transfer"
    toast = await press(harness, STAFF, card, listing, who)
    assert toast == ru("staff-transfer-choose", number=number)
    card = card_in(harness, STAFF, number)
    labels = [label for label, _ in buttons_of(card)]
    assert labels == [ru("institution-ru-commissioner"), ru("common-button-back")]
    await press(harness, STAFF, card, buttons_of(card)[0][1], who)
    card = card_in(harness, STAFF, number)
    assert buttons_of(card)[0][0] == ru(
        "staff-button-transfer-confirm", institution=ru("institution-ru-commissioner")
    )
    return await press(harness, STAFF, card, buttons_of(card)[0][1], who)


async def test_a_request_goes_to_the_partner_with_its_thread_and_the_relay_follows(
    start_harness: StartHarness,
) -> None:
    harness = await two_institutions(start_harness)
    number, file_id = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    office_thread = await answered_and_replied(harness, number)
    before = utc_now()

    toast = await transfer_by_buttons(harness, number, OFFICE_OPERATOR)
    assert toast == ru(
        "staff-transferred", number=number, institution=ru("institution-ru-commissioner")
    )
    await harness.deliver()

    partner_thread = topic_in(harness, PARTNER, number)
    shown = texts_in(harness, PARTNER, partner_thread)
    assert DESCRIPTION in shown[0], "the card with the description comes first"
    assert shown[1] == visible_text(
        ru(
            "staff-transfer-received",
            number=number,
            institution=ru("institution-kg-ombudsman"),
            by="Бакыт",
        )
    )
    photos = [
        c for c in harness.fake.calls if c.method == "sendPhoto" and c.chat_id == PARTNER and c.ok
    ]
    assert [c.params["photo"] for c in photos] == [file_id], "the evidence, by its file id"
    assert int(photos[0].params["message_thread_id"]) == partner_thread
    history = shown[-1]
    assert visible_text(ru("staff-transfer-history-title")) in history
    assert "Келишимиңиз барбы?" in history and "Ооба, бар." in history, "the thread so far"
    partner_card = card_in(harness, PARTNER, number)
    assert ru("staff-button-take") in [label for label, _ in buttons_of(partner_card)]

    office = texts_in(harness, STAFF, office_thread)
    assert office[-1] == visible_text(
        ru(
            "staff-transfer-left",
            number=number,
            institution=ru("institution-ru-commissioner"),
            by="Бакыт",
        )
    )
    assert harness.fake.topics[(STAFF, office_thread)]["closed"] is True
    assert buttons_of(harness.fake.topic_messages(STAFF, office_thread)[0]) == []

    notice = ky(
        "request-notice-transferred", number=number, institution=ky("institution-ru-commissioner")
    )
    assert user_texts(harness).count(visible_text(notice)) == 1, "told in Kyrgyz, once"

    request = await harness.services.requests.get(number)
    assert request is not None
    assert (request.staff_chat_id, request.status, request.assignee_id) == (PARTNER, "new", None)
    assert request.answer_due_at is None, "answered already: no new first-answer deadline"
    rows = await harness.services.db.fetch_all("SELECT * FROM request_transfers")
    assert [(r["from_chat_id"], r["to_chat_id"], r["by_staff_id"]) for r in rows] == [
        (STAFF, PARTNER, OFFICE_OPERATOR)
    ]
    assert rows[0]["at"] >= to_db(before)

    await harness.send(USER, "Келишимдин сүрөтүн жибердим.", language_code="ky")
    await harness.deliver()
    assert "Келишимдин сүрөтүн жибердим." in texts_in(harness, PARTNER, partner_thread)
    assert "Келишимдин сүрөтүн жибердим." not in texts_in(harness, STAFF, office_thread)

    await harness.staff_send(PARTNER, PARTNER_OPERATOR, "Мы свяжемся с работодателем.",
                             thread_id=partner_thread)  # fmt: skip
    await harness.deliver()
    assert "Мы свяжемся с работодателем." in user_texts(harness), "the partner's answer arrives"

    harness.fake.make_group_admin(STAFF, OFFICE_OPERATOR)  # may still write in a closed topic
    await harness.staff_send(STAFF, OFFICE_OPERATOR, "Дагы бир суроо", thread_id=office_thread)
    await harness.deliver()
    assert "Дагы бир суроо" not in user_texts(harness), "the old team no longer answers"
    refused = harness.fake.store.bot_messages(STAFF)[-1]
    assert refused["text"] == ru(
        "staff-transfer-gone", number=number, institution=ru("institution-ru-commissioner")
    )
    old_card = harness.fake.topic_messages(STAFF, office_thread)[0]
    close = RequestCard(request_id=number, action=CardAction.CLOSE).pack()
    assert await press(harness, STAFF, old_card, close, OFFICE_OPERATOR) == ru(
        "staff-request-elsewhere"
    )
    take = RequestCard(request_id=number, action=CardAction.TAKE).pack()
    await press(harness, PARTNER, partner_card, take, PARTNER_OPERATOR)
    request = await harness.services.requests.get(number)
    assert request is not None and request.assignee_id == PARTNER_OPERATOR


async def test_an_unanswered_request_gets_its_deadline_from_the_transfer(
    start_harness: StartHarness,
) -> None:
    harness = await two_institutions(start_harness)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    filed = await harness.services.requests.get(number)
    assert filed is not None and filed.answer_due_at is not None
    async with harness.services.db.transaction() as conn:  # filed three hours ago
        await conn.execute(
            "UPDATE requests SET answer_due_at = ?, escalated_at = ? WHERE id = ?",
            (to_db(utc_now()), to_db(utc_now()), number),
        )
    await press(  # an admin of the chat may hand over a request nobody holds
        harness,
        STAFF,
        card_in(harness, STAFF, number),
        RequestTransfer(request_id=number, step=TransferStep.CONFIRM, chat=-PARTNER).pack(),
        ADMIN,
    )
    request = await harness.services.requests.get(number)
    assert request is not None and request.staff_chat_id == PARTNER
    assert request.escalated_at is None
    assert request.answer_due_at is not None
    minutes = (request.answer_due_at - utc_now()).total_seconds() / 60
    assert 235 < minutes <= 240, "four hours from the transfer (no office hours)"


def sent_by(harness: Harness, method: str, chat: int) -> list[dict[str, Any]]:
    return [
        c.params for c in harness.fake.calls if c.method == method and c.chat_id == chat and c.ok
    ]


async def test_a_transfer_through_429_5xx_and_a_restart_loses_and_doubles_nothing(
    start_harness: StartHarness,
) -> None:
    harness = await two_institutions(start_harness)
    number, file_id = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    office_thread = await answered_and_replied(harness, number)
    harness.fake.fail_next("copyMessage", 502, chat_id=STAFF)
    await harness.send(USER, "Жаңы маалымат бар.", language_code="ky")
    await harness.deliver()  # it waits for the old topic when the request is handed over

    harness.fake.fail_next("createForumTopic", 429, retry_after=3)
    harness.fake.fail_next("sendPhoto", 502)
    harness.fake.fail_next("closeForumTopic", 500)
    harness.fake.fail_next("sendMessage", 503, chat_id=USER)
    await transfer_by_buttons(harness, number, OFFICE_OPERATOR)
    await harness.deliver()  # some rows wait for a retry when the process dies
    pending = await harness.services.db.fetch_one(
        "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
    )
    assert pending is not None and pending[0] > 0, "the faults left rows waiting"
    await harness.stop()

    again = await two_institutions(start_harness, fake=harness.fake)
    for _ in range(4):  # later passes of the sender, each once the retries are due
        async with again.services.db.transaction() as conn:
            await conn.execute("UPDATE outbox SET next_attempt_at = ?", (to_db(utc_now()),))
        await again.deliver()

    failed = await again.services.db.fetch_all(
        "SELECT kind, chat_id, status, last_error, attempts FROM outbox WHERE status != 'sent'"
    )
    assert [tuple(row) for row in failed] == [], "every row went out"
    created = sent_by(again, "createForumTopic", PARTNER)
    assert len(created) == 1, "one topic in the partner's chat"
    partner_thread = topic_in(again, PARTNER, number)
    shown = texts_in(again, PARTNER, partner_thread)
    received = visible_text(
        ru(
            "staff-transfer-received",
            number=number,
            institution=ru("institution-kg-ombudsman"),
            by="Бакыт",
        )
    )
    assert shown.count(received) == 1
    assert sum(DESCRIPTION in text for text in shown) == 1, "one card"
    assert [p["photo"] for p in sent_by(again, "sendPhoto", PARTNER)] == [file_id]
    history_title = visible_text(ru("staff-transfer-history-title"))
    assert sum(history_title in text for text in shown) == 1
    assert shown.count("Жаңы маалымат бар.") == 1, "what waited for the old topic came here"
    assert not any("Жаңы маалымат бар." in t for t in texts_in(again, STAFF, office_thread))

    left = [t for t in texts_in(again, STAFF, office_thread) if t.startswith("↪️")]
    assert len(left) == 1, "one notice in the old topic"
    assert again.fake.topics[(STAFF, office_thread)]["closed"] is True
    notice = visible_text(
        ky(
            "request-notice-transferred",
            number=number,
            institution=ky("institution-ru-commissioner"),
        )
    )
    assert user_texts(again).count(notice) == 1, "the migrant told once"


async def test_refused_for_a_stranger_a_non_holder_a_closed_request_and_an_unknown_chat(
    start_harness: StartHarness,
) -> None:
    harness = await two_institutions(start_harness)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    take = RequestCard(request_id=number, action=CardAction.TAKE).pack()
    await press(harness, STAFF, card_in(harness, STAFF, number), take, OFFICE_OPERATOR)
    await harness.deliver()

    def step(what: TransferStep, chat: int = PARTNER) -> str:
        return RequestTransfer(request_id=number, step=what, chat=-chat).pack()

    card = card_in(harness, STAFF, number)
    assert await press(harness, STAFF, card, step(TransferStep.CONFIRM), STRANGER) == ru(
        "staff-not-allowed"
    )
    assert await press(harness, STAFF, card, step(TransferStep.LIST), OFFICE_COLLEAGUE) == ru(
        "staff-transfer-not-allowed"
    ), "an operator who does not hold it"
    assert await press(harness, STAFF, card, step(TransferStep.CONFIRM), PARTNER_OPERATOR) == ru(
        "staff-not-allowed"
    ), "staff of the other chat"
    for chat in (-1005555555555, STAFF):
        toast = await press(harness, STAFF, card, step(TransferStep.CONFIRM, chat), ADMIN)
        assert toast == ru("staff-transfer-unknown-chat"), chat
    close = RequestCard(request_id=number, action=CardAction.CLOSE).pack()
    await press(harness, STAFF, card, close, OFFICE_OPERATOR)
    await harness.deliver()
    card = card_in(harness, STAFF, number)
    assert await press(harness, STAFF, card, step(TransferStep.CONFIRM), OFFICE_OPERATOR) == ru(
        "staff-transfer-closed"
    )

    request = await harness.services.requests.get(number)
    assert request is not None and request.staff_chat_id == STAFF
    rows = await harness.services.db.fetch_all("SELECT * FROM request_transfers")
    assert rows == [], "nothing changed"
    assert [t for t in harness.fake.topics if t[0] == PARTNER] == []


async def test_a_single_team_has_no_transfer_button(start_harness: StartHarness) -> None:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}), env=ENV, throttling=ThrottlingMiddleware(burst=100)
    )
    harness.fake.make_forum(STAFF)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    data = [data for _, data in buttons_of(card_in(harness, STAFF, number))]
    assert not any(d.startswith("rx:") for d in data)
    listing = RequestTransfer(request_id=number, step=TransferStep.LIST).pack()
    assert await press(harness, STAFF, card_in(harness, STAFF, number), listing, ADMIN) == ru(
        "staff-transfer-nowhere"
    )


async def test_stats_count_transfers_out_and_in(start_harness: StartHarness) -> None:
    harness = await two_institutions(start_harness)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    await transfer_by_buttons(harness, number, ADMIN)
    await harness.deliver()

    await harness.staff_send(STAFF, OFFICE_OPERATOR, "/stats")
    office = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])  # then its chart
    line = visible_text(ru("staff-stats-transfers", out=1, into=0))
    assert office.count(line) == 2, "in the last 7 days and over all time"
    await harness.staff_send(PARTNER, PARTNER_OPERATOR, "/stats")
    partner = str(harness.fake.store.bot_messages(PARTNER)[-2]["text"])
    assert partner.count(visible_text(ru("staff-stats-transfers", out=0, into=1))) == 2
    await harness.staff_send(STAFF, ADMIN, "/stats 2020-01-01 2020-01-31")
    old = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])
    assert visible_text(ru("staff-stats-transfers", out=1, into=0)) not in old, "another period"


async def test_delete_my_data_removes_both_topics_and_the_transfer_names_nobody(
    start_harness: StartHarness,
) -> None:
    harness = await two_institutions(start_harness)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    office_thread = await answered_and_replied(harness, number)
    await transfer_by_buttons(harness, number, OFFICE_OPERATOR)
    await harness.deliver()
    partner_thread = topic_in(harness, PARTNER, number)

    await harness.send(USER, "/privacy", language_code="ky")
    await harness.press(USER, ky("privacy-button-erase"), language_code="ky")
    await harness.press(USER, ky("privacy-button-confirm"), language_code="ky")
    await harness.deliver()
    assert harness.fake.topics[(STAFF, office_thread)]["deleted"]
    assert harness.fake.topics[(PARTNER, partner_thread)]["deleted"]
    words = (DESCRIPTION, CAPTION, "Ооба, бар.")
    found = [
        (table, column)
        for table, column, value, _ in cells(harness.settings.database_path)
        if naming(value, words, by_id=False) or (column != "id" and value == USER)
    ]
    assert found == [], "no cell names the migrant or holds their words"


async def test_edits_after_a_transfer_reach_the_partner_and_never_touch_its_other_messages(
    start_harness: StartHarness,
) -> None:
    """Message ids are per chat: an edit of a line whose copy stayed in the office's topic
    is posted, marked, in the partner's topic, and no message of the partner's chat that
    happens to share the old copy's id is edited; an edit of a line written after the
    transfer edits its copy there."""
    harness = await two_institutions(start_harness)
    number, _ = await file_in_kyrgyz_with_a_photo(harness)
    await harness.deliver()
    await answered_and_replied(harness, number)
    old_line = harness.fake.user_message(USER, "Эски сап", language_code="ky")
    await harness.feed(old_line)
    await harness.deliver()
    await transfer_by_buttons(harness, number, OFFICE_OPERATOR)
    await harness.deliver()
    partner_thread = topic_in(harness, PARTNER, number)
    old_copy = await harness.services.db.fetch_one(
        "SELECT staff_message_id FROM request_messages WHERE user_message_id = ?",
        (old_line["message"]["message_id"],),
    )
    assert old_copy is not None
    for line in range(30):  # until a copy in the partner's chat has the old copy's id
        if max(r["message_id"] for r in harness.fake.store.bot_messages(PARTNER)) >= old_copy[0]:
            break
        await harness.send(USER, f"Дагы {line}", language_code="ky")
        await harness.deliver()
    assert old_copy[0] in {r["message_id"] for r in harness.fake.store.bot_messages(PARTNER)}
    new_line = harness.fake.user_message(USER, "Жаңы сап", language_code="ky")
    await harness.feed(new_line)
    await harness.deliver()
    partner_before = {r["message_id"]: r["text"] for r in harness.fake.store.bot_messages(PARTNER)}
    edits_before = len(harness.fake.calls)

    await harness.user_edits(USER, old_line["message"]["message_id"], "Эски сап, оңдолгон")
    await harness.user_edits(USER, new_line["message"]["message_id"], "Жаңы сап, оңдолгон")
    await harness.deliver()

    edited = [
        c.params["message_id"]
        for c in harness.fake.calls[edits_before:]
        if c.method == "editMessageText" and c.chat_id == PARTNER and c.ok
    ]
    new_copy = next(m for m, text in partner_before.items() if text == "Жаңы сап")
    assert [int(m) for m in edited] == [new_copy], "only the copy made in the partner's topic"
    shown = texts_in(harness, PARTNER, partner_thread)
    assert "Жаңы сап, оңдолгон" in shown
    marked = [text for text in shown if "Эски сап, оңдолгон" in text]
    assert len(marked) == 1, "the old line's new version posted once in the partner's topic"
    untouched = {
        r["message_id"]: r["text"]
        for r in harness.fake.store.bot_messages(PARTNER)
        if r["message_id"] in partner_before and r["message_id"] != new_copy
    }
    assert untouched == {m: t for m, t in partner_before.items() if m != new_copy}
    rows = await harness.services.db.fetch_all(
        "SELECT status FROM outbox WHERE kind = 'edit' ORDER BY id"
    )
    assert [r["status"] for r in rows] == ["sent", "sent"]
