"""A migrant files a request, an operator answers it in the staff forum, the two talk until the
request is closed and rated. Real Dispatcher, real SQLite, the fake Bot API."""

from __future__ import annotations

from typing import Any

from bot.handlers.request_form.screens import description
from bot.i18n import I18n
from bot.keyboards.callbacks import (
    CardAction,
    MyRequests,
    MyRequestsAction,
    RequestCard,
    RequestRate,
    ThreadChoice,
)
from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

STAFF = -1001234567890
OPERATOR = 5001
ADMIN = 5000
USER = 7001
OTHER = 7002
ENV = {"STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": ""}

i18n = I18n.load("ru")
ru, ky, en = i18n.get("ru"), i18n.get("ky"), i18n.get("en")


async def helpdesk(start_harness: StartHarness, **env: str) -> Harness:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env={**ENV, **env},
        throttling=ThrottlingMiddleware(burst=100),
    )
    harness.fake.make_forum(STAFF)
    await harness.services.staff.add(OPERATOR, "operator", ADMIN)  # type: ignore[arg-type]
    return harness


async def file_request(
    harness: Harness,
    user: int = USER,
    *,
    lang: str = "ru",
    category: str = "wages",
    city: str = "moscow",
    text: str = "Работодатель не платит зарплату два месяца.",
) -> int:
    """Walk the form from the main menu to the receipt; returns the request number."""
    t = i18n.get(lang)
    await harness.services.users.set_locale(user, lang)
    await harness.send(user, "/request", language_code=lang)
    await harness.press(user, t(f"request-category-{category}"), language_code=lang)
    await harness.press(user, t(f"city-{city}"), language_code=lang)
    await harness.send(user, text, language_code=lang)
    await harness.press(user, t("request-button-done"), language_code=lang)
    await harness.press(user, t("request-button-chat-only"), language_code=lang)
    await harness.press(user, t("request-button-consent"), language_code=lang)
    await harness.press(user, t("request-button-submit"), language_code=lang)
    rows = await harness.services.requests.for_user(user)
    return rows[0].id


def topic_of(harness: Harness, number: int) -> int:
    for (chat, thread), topic in harness.fake.topics.items():
        if chat == STAFF and f"№{number}" in topic["name"] and not topic["deleted"]:
            return thread
    raise AssertionError(f"no topic for №{number}: {harness.fake.topics}")


def topic_texts(harness: Harness, thread: int) -> list[str]:
    return [str(r["text"] or "") for r in harness.fake.topic_messages(STAFF, thread)]


def user_texts(harness: Harness, user: int = USER) -> list[str]:
    return [str(r["text"] or "") for r in harness.fake.store.bot_messages(user)]


def card_of(harness: Harness, thread: int) -> dict[str, Any]:
    return harness.fake.topic_messages(STAFF, thread)[0]


async def press_card(
    harness: Harness, number: int, action: CardAction, who: int = OPERATOR
) -> str:
    thread = topic_of(harness, number)
    card = card_of(harness, thread)
    data = RequestCard(request_id=number, action=action).pack()
    return await harness.staff_press(STAFF, who, card["message_id"], data)


async def test_request_from_start_to_rating_in_kyrgyz(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    line = "Иш берүүчү <эки ай> айлык төлөбөй жатат & <b>акча</b> > 0. "
    text = (line * 100)[:4000]  # the most a description may hold
    number = await file_request(harness, lang="ky", text=text)

    receipt = harness.screen(USER).text
    assert f"№{number}" in receipt
    assert visible_text(ky("request-receipt", number=number)).splitlines()[0] in receipt
    stored = await harness.services.requests.get(number)
    assert stored is not None and stored.text == text and stored.status == "new"

    await harness.deliver()
    thread = topic_of(harness, number)
    card = card_of(harness, thread)
    assert "<эки ай>" in card["text"] and "& <b>акча</b> > 0." in card["text"]
    assert harness.fake.topics[(STAFF, thread)]["name"].startswith(f"№{number}")
    assert text in "\n".join(topic_texts(harness, thread)), "the full text follows the card"

    await press_card(harness, number, CardAction.TAKE)
    await harness.deliver()
    assert ky("request-notice-taken", number=number) in user_texts(harness)

    await harness.staff_send(STAFF, OPERATOR, "Саламатсызбы! Келишимиңиз барбы?", thread_id=thread)
    await harness.staff_send(STAFF, OPERATOR, "!ички белги: иш берүүчүгө чалуу", thread_id=thread)
    await harness.deliver()
    assert "Саламатсызбы! Келишимиңиз барбы?" in user_texts(harness)
    assert not any("ички белги" in text for text in user_texts(harness)), "notes stay inside"

    await harness.send(USER, "Ооба, бар.", language_code="ky")
    await harness.deliver()
    assert "Ооба, бар." in topic_texts(harness, thread)

    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    assert ky("request-notice-closed", number=number) in user_texts(harness)
    await harness.press_data(USER, RequestRate(request_id=number, rating=5).pack(), "ky")
    await harness.deliver()
    rated = await harness.services.requests.get(number)
    assert rated is not None and rated.status == "closed" and rated.rating == 5
    assert rated.first_response_at is not None
    assert ru("staff-rated", rating=5) in topic_texts(harness, thread)
    kinds = [m.direction for m in await harness.services.requests.requests.thread(number, 50)]
    assert kinds == ["in", "out", "note", "in"]


async def test_russian_request_with_phone_evidence_and_an_edit(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-police"))
    await harness.send(USER, "Подольск")  # a typed city
    await harness.send(USER, "Задержали на улице, забрали паспорт.")
    await harness.feed(harness.fake.user_media(USER, "photo", caption="протокол"))
    await harness.feed(harness.fake.user_media(USER, "voice"))
    assert ru("request-evidence-received", chars=36, files=2) in harness.fake.last_text(USER)
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-share-phone"))
    assert harness.fake.messages[(USER, harness.screen(USER).message_id - 1)]["reply_markup"]
    await harness.feed(harness.fake.user_contact(USER, "+79001234567", contact_user_id=OTHER))
    assert harness.fake.last_text(USER) == ru("request-phone-not-yours")
    await harness.feed(harness.fake.user_contact(USER, "+79001234567"))
    await harness.press(USER, ru("request-button-consent"))
    summary = harness.screen(USER).text
    assert "Подольск" in summary and "+79001234567" in summary and "Задержали" in summary

    await harness.press(USER, ru("request-button-edit-city"))  # edit returns to the summary
    await harness.press(USER, ru("city-spb"))
    assert ru("request-summary-title") in harness.screen(USER).html
    assert ru("city-spb") in harness.screen(USER).text
    await harness.press(USER, ru("request-button-edit-text"))
    await harness.send(USER, "Задержали у метро, паспорт вернули.")
    await harness.press(USER, ru("request-button-done"))
    summary = harness.screen(USER).text
    assert "у метро" in summary and "на улице" not in summary, "a new description replaces"
    await harness.press(USER, ru("request-button-submit"))

    (request,) = await harness.services.requests.for_user(USER)
    assert (request.city, request.phone, request.urgent) == ("spb", "+79001234567", True)
    assert request.text == "Задержали у метро, паспорт вернули."
    await harness.deliver()
    thread = topic_of(harness, request.id)
    assert harness.fake.topics[(STAFF, thread)]["name"].startswith("🔴")
    card = card_of(harness, thread)
    assert "+79001234567" in card["text"] and visible_text(ru("staff-card-urgent")) in card["text"]
    kinds = [record["kind"] for record in harness.fake.topic_messages(STAFF, thread)]
    assert kinds == ["text", "photo", "voice"], "card, then the evidence"
    assert harness.fake.topic_messages(STAFF, thread)[1]["text"] == "протокол"


async def test_relay_of_media_keeps_reply_links_both_ways(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)

    photo = harness.fake.user_media(USER, "photo", caption="расчётный листок")
    await harness.feed(photo)
    await harness.deliver()
    copy_in_topic = harness.fake.topic_messages(STAFF, thread)[-1]
    assert copy_in_topic["kind"] == "photo" and copy_in_topic["text"] == "расчётный листок"

    answer = await harness.staff_send(
        STAFF,
        OPERATOR,
        kind="document",
        caption="Образец претензии",
        thread_id=thread,
        reply_to=copy_in_topic["message_id"],
    )
    await harness.deliver()
    delivered = harness.fake.last_message(USER)
    assert delivered is not None and delivered["kind"] == "document"
    assert delivered["reply_to"] == photo["message"]["message_id"], "replies to the user's photo"
    assert "from" not in str(delivered["message"].get("forward_origin", "")), "a copy"

    reply = harness.fake.user_message(USER, "Спасибо, отправил")
    reply["message"]["reply_to_message"] = delivered["message"]
    await harness.feed(reply)
    await harness.deliver()
    last = harness.fake.topic_messages(STAFF, thread)[-1]
    assert last["text"] == "Спасибо, отправил"
    assert last["reply_to"] == answer["message_id"], "replies to the operator's document"
    request = await harness.services.requests.get(number)
    assert request is not None and request.status == "in_progress", "the migrant wrote back"


async def test_a_deleted_topic_is_recreated_with_card_and_history(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    old = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Первый ответ", thread_id=old)
    await harness.deliver()
    harness.fake.delete_topic(STAFF, old)

    await harness.send(USER, "Есть новости?")
    await harness.deliver()
    new = topic_of(harness, number)
    assert new != old
    texts = topic_texts(harness, new)
    assert f"№{number}" in texts[0], "the card comes first"
    assert any("Первый ответ" in text and "Есть новости?" not in text for text in texts[1:2])
    assert texts[-1] == "Есть новости?", "the message that found the topic gone is not lost"
    request = await harness.services.requests.get(number)
    assert request is not None and request.topic_id == new
    assert harness.fake.rejected == []


async def test_two_messages_for_a_new_request_open_one_topic(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.send(USER, "Ещё одно")
    await harness.send(USER, "И ещё")
    await harness.deliver()
    created = [c for c in harness.fake.calls if c.method == "createForumTopic"]
    assert len(created) == 1
    thread = topic_of(harness, number)
    assert topic_texts(harness, thread)[-2:] == ["Ещё одно", "И ещё"]
    edits = [c for c in harness.fake.calls if c.method == "editMessageText" and c.chat_id == STAFF]
    assert edits == [], "the card just sent is not edited to itself (a wasted group send)"


async def test_plain_group_without_topics_works_by_replies(start_harness: StartHarness) -> None:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}), env=ENV, throttling=ThrottlingMiddleware(burst=100)
    )
    harness.fake.make_group(STAFF)
    number = await file_request(harness)
    await harness.send(USER, "Дополнение")
    await harness.deliver()
    request = await harness.services.requests.get(number)
    assert request is not None and request.topic_id is None and request.card_message_id
    relayed = harness.fake.store.bot_messages(STAFF)[-1]
    assert relayed["text"] == "Дополнение" and relayed["reply_to"] == request.card_message_id

    await harness.staff_send(STAFF, ADMIN, "Ответ на карточку", reply_to=request.card_message_id)
    await harness.staff_send(STAFF, ADMIN, "Ответ на сообщение", reply_to=relayed["message_id"])
    await harness.staff_send(STAFF, ADMIN, "Разговор в группе без ответа")
    await harness.deliver()
    assert user_texts(harness)[-2:] == ["Ответ на карточку", "Ответ на сообщение"]


async def test_only_staff_may_press_or_ask(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    stranger = 9999

    query = await press_card(harness, number, CardAction.TAKE, who=stranger)
    answer = harness.fake.callback_answers[query]
    assert answer is not None and answer["text"] == ru("staff-not-allowed")
    request = await harness.services.requests.get(number)
    assert request is not None and request.assignee_id is None and request.status == "new"

    await harness.staff_send(STAFF, stranger, "/queue", thread_id=thread)
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-not-allowed")
    await harness.staff_send(STAFF, stranger, "Я не оператор", thread_id=thread)
    await harness.deliver()
    assert "Я не оператор" not in user_texts(harness)
    await harness.staff_send(STAFF, OPERATOR, "/staff add 123 admin", thread_id=thread)
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-admins-only")
    assert not await harness.services.staff.is_operator(123)


async def test_another_users_request_is_refused(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.services.users.set_locale(OTHER, "ru")
    await harness.send(OTHER, "/myrequests")
    assert harness.fake.last_text(OTHER) is not None

    for data in (
        MyRequests(action=MyRequestsAction.OPEN, request_id=number).pack(),
        MyRequests(action=MyRequestsAction.WRITE, request_id=number).pack(),
        RequestRate(request_id=number, rating=1).pack(),
    ):
        update = harness.fake.user_callback(OTHER, harness.screen(OTHER).message_id, data)
        await harness.feed(update)
        answer = harness.fake.callback_answers[update["callback_query"]["id"]]
        assert answer is not None and answer.get("show_alert"), data
        assert "Работодатель" not in (harness.fake.last_text(OTHER) or "")

    message = harness.fake.user_message(OTHER, "чужое")
    await harness.feed(message)  # OTHER has no open request: the fallback answers
    choice = ThreadChoice(request_id=number, message_id=message["message"]["message_id"])
    await harness.press_data(OTHER, choice.pack())
    await harness.deliver()
    thread = topic_of(harness, number)
    assert "чужое" not in topic_texts(harness, thread)
    request = await harness.services.requests.get(number)
    assert request is not None and request.rating is None


async def test_delete_my_data(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.send(USER, "Мой адрес: ул. Ленина 1")
    await harness.deliver()
    thread = topic_of(harness, number)

    await harness.send(USER, "/privacy")
    assert "id" in (harness.fake.last_text(USER) or "")
    await harness.press(USER, ru("privacy-button-erase"))
    await harness.press(USER, ru("privacy-button-confirm"))
    assert visible_text(ru("privacy-erased", requests=1)) == harness.screen(USER).text
    await harness.deliver()

    request = await harness.services.requests.get(number)
    assert request is not None
    assert (request.user_id, request.text, request.phone, request.status) == (
        None, None, None, "closed",
    )  # fmt: skip
    texts = await harness.services.db.fetch_all(
        "SELECT text, file_id FROM request_messages WHERE request_id = ?", (number,)
    )
    assert all(row[0] is None and row[1] is None for row in texts)
    assert await harness.services.db.fetch_one("SELECT 1 FROM users WHERE id = ?", (USER,)) is None
    assert harness.fake.topics[(STAFF, thread)]["deleted"], "the copies in the staff chat go too"
    stats = await harness.services.request_stats.period(None)
    assert stats.total == 1, "anonymous counts remain"


async def test_the_form_refuses_bad_input_and_keeps_the_step(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.send(USER, "просто текст")  # the category wants a button
    assert harness.fake.last_text(USER) == visible_text(ru("request-step-category"))
    await harness.press(USER, ru("request-category-housing"))
    await harness.send(USER, "г" * 81)
    assert harness.fake.last_text(USER) == ru("request-city-hint")
    await harness.send(USER, "Казань")

    done = harness.screen(USER).buttons
    assert all(ru("request-button-done") not in label for label, _ in done), "nothing sent yet"
    await harness.send(USER, "а" * 3990)
    await harness.send(USER, "б" * 20)
    # A refusal comes with what the description holds, so nobody wonders what was kept.
    received = ru("request-evidence-received", chars=3990, files=0)
    too_long = ru("request-text-too-long", max=4000, left=9)
    assert harness.fake.last_text(USER) == f"{too_long}\n\n{received}"
    for _ in range(10):
        await harness.feed(harness.fake.user_media(USER, "document"))
    await harness.feed(harness.fake.user_media(USER, "photo"))
    received = ru("request-evidence-received", chars=3990, files=10)
    too_many = ru("request-too-many-files", max=10)
    assert harness.fake.last_text(USER) == f"{too_many}\n\n{received}"
    await harness.feed(harness.fake.user_sticker(USER))
    assert harness.fake.last_text(USER) == f"{ru('request-evidence-hint')}\n\n{received}"

    data = await harness.dispatcher.fsm.get_context(harness.bot, USER, USER).get_data()
    assert len(description(data)) == 3990 and len(data["attachments"]) == 10

    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("common-button-back"))  # back to the description
    assert ru("request-button-done") in harness.screen(USER).buttons[0][0]
    await harness.press(USER, ru("request-button-cancel"))
    assert harness.screen(USER).text == ru("request-cancelled")
    assert await harness.services.requests.for_user(USER) == []
    data = await harness.dispatcher.fsm.get_context(harness.bot, USER, USER).get_data()
    assert data == {}, "cancel forgets what was entered"


async def test_a_request_about_a_rights_page_starts_with_its_category(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/menu")
    await harness.press(USER, ru("menu-rights"))
    await harness.press(USER, ru("rights-section-police"))
    await harness.press(USER, ru("rights-page-detained-title"))
    await harness.press(USER, ru("request-button-about-page"))
    assert visible_text(ru("request-step-city")) == harness.screen(USER).text
    data = await harness.dispatcher.fsm.get_context(harness.bot, USER, USER).get_data()
    assert data["category"] == "police"


async def test_a_restart_mid_form_resumes_at_the_same_step(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-documents"))
    await harness.press(USER, ru("city-kazan"))
    await harness.send(USER, "Не ставят на учёт.")
    await harness.stop()

    again = await start_harness(
        admin_ids=frozenset({ADMIN}), env=ENV, throttling=ThrottlingMiddleware(burst=100),
        fake=harness.fake,
    )  # fmt: skip
    await again.press(USER, ru("request-button-done"))
    await again.press(USER, ru("request-button-chat-only"))
    await again.press(USER, ru("request-button-consent"))
    await again.press(USER, ru("request-button-submit"))
    (request,) = await again.services.requests.for_user(USER)
    assert (request.category, request.city, request.text) == (
        "documents", "kazan", "Не ставят на учёт.",
    )  # fmt: skip


async def test_after_hours_the_receipt_says_when_and_urgent_gets_numbers(
    start_harness: StartHarness,
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    today = datetime.now(ZoneInfo("Europe/Moscow")).weekday()
    closed_day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[(today + 1) % 7]
    harness = await helpdesk(start_harness, OFFICE_HOURS=f"{closed_day} 09:00-18:00")
    number = await file_request(harness, category="violence")
    receipt = harness.screen(USER).text
    assert f"№{number}" in receipt
    assert "09:00" in receipt and visible_text(ru("request-receipt-urgent")) in receipt
    assert "112" in receipt

    other = await file_request(harness, OTHER, category="wages")
    receipt = harness.screen(OTHER).text
    assert f"№{other}" in receipt and "09:00" in receipt and "112" not in receipt


async def test_routing_sends_a_category_to_another_team(start_harness: StartHarness) -> None:
    lawyers = -1009999999999
    harness = await helpdesk(start_harness, REQUEST_ROUTING=f"police={lawyers}")
    harness.fake.make_forum(lawyers, "Lawyers")
    police = await file_request(harness, category="police")
    wages = await file_request(harness, OTHER, category="wages")
    await harness.deliver()
    assert any(chat == lawyers for chat, _ in harness.fake.topics)
    requests = harness.services.requests
    assert (await requests.get(police)).staff_chat_id == lawyers  # type: ignore[union-attr]
    assert (await requests.get(wages)).staff_chat_id == STAFF  # type: ignore[union-attr]


async def test_no_staff_chat_means_no_requests(start_harness: StartHarness) -> None:
    harness = await start_harness()
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    assert harness.fake.last_text(USER) == ru("request-not-accepting")


async def test_queue_stats_and_export(start_harness: StartHarness) -> None:
    import csv
    import io

    from openpyxl import load_workbook

    harness = await helpdesk(start_harness)
    old = await file_request(harness, category="wages", text='=HYPERLINK("x")')
    urgent = await file_request(harness, OTHER, category="police")
    await harness.deliver()
    thread = topic_of(harness, old)
    await harness.staff_send(STAFF, OPERATOR, "Ответ", thread_id=thread)
    await harness.deliver()

    await harness.staff_send(STAFF, OPERATOR, "/queue")
    queue = harness.fake.store.bot_messages(STAFF)[-1]
    text = str(queue["text"])
    assert text.index(f"№{urgent}") < text.index(f"№{old}"), "urgent first"
    assert f'href="https://t.me/c/1234567890/{topic_of(harness, urgent)}"' in queue["html"]

    await harness.staff_send(STAFF, OPERATOR, "/stats")
    stats = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])  # then its chart
    assert ru("staff-stats-total", count=2) in stats
    assert ru("request-category-police") in stats and ru("staff-age-minutes", count=0) in stats

    await harness.staff_send(STAFF, OPERATOR, "/export")
    files = [r for r in harness.fake.store.bot_messages(STAFF) if r.get("upload")]
    operator_csv, operator_xlsx = files[-2:]
    rows = list(csv.DictReader(io.StringIO(operator_csv["upload"].decode("utf-8-sig"))))
    assert [int(row["id"]) for row in rows] == [old, urgent]
    assert "text" not in rows[0] and "phone" not in rows[0], "no personal data for operators"
    sheet = load_workbook(io.BytesIO(operator_xlsx["upload"])).active
    assert sheet is not None and sheet.max_row == 3

    await harness.staff_send(STAFF, ADMIN, "/export 2020-01-01 2020-12-31")
    # with personal data: into the admin's private chat, never the group
    assert "0" in str(harness.fake.store.bot_messages(ADMIN)[-2]["text"])
    await harness.staff_send(STAFF, ADMIN, "/export")
    admin_csv = [r for r in harness.fake.store.bot_messages(ADMIN) if r.get("upload")][-2]
    rows = list(csv.DictReader(io.StringIO(admin_csv["upload"].decode("utf-8-sig"))))
    assert rows[0]["text"] == '\'=HYPERLINK("x")', "a formula stays text"
    await harness.staff_send(STAFF, ADMIN, "/export 2026-12-01 2026-01-01")
    assert ru("staff-export-usage") in str(harness.fake.store.bot_messages(STAFF)[-1]["text"])


async def test_templates_go_out_in_the_migrants_language(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness, lang="ky")
    await harness.deliver()
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "/templates", thread_id=thread)
    menu = harness.fake.store.bot_messages(STAFF)[-1]
    assert menu["text"] == ru("staff-templates-title", number=number)
    data = next(
        b["callback_data"]
        for row in menu["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == ru("template-documents-title")
    )
    await harness.staff_press(STAFF, OPERATOR, menu["message_id"], data)
    await harness.deliver()
    assert user_texts(harness)[-1] == ky("template-documents-text", number=number)
    assert ky("template-documents-text", number=number) in topic_texts(harness, thread)[-1]
    request = await harness.services.requests.get(number)
    assert request is not None and request.status == "answered"


async def test_relay_survives_429_and_5xx_and_a_user_who_blocked_the_bot(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    harness.fake.fail_next("copyMessage", 429, retry_after=1)
    harness.fake.fail_next("copyMessage", 502)
    await harness.send(USER, "Первое")
    await harness.send(USER, "Второе")
    await harness.deliver()
    assert harness.sender is not None
    harness.sender.now = lambda: (
        __import__("bot.db.clock").db.clock.utc_now() + __import__("datetime").timedelta(minutes=5)
    )
    await harness.deliver()
    assert topic_texts(harness, thread).count("Первое") == 1
    assert topic_texts(harness, thread).count("Второе") == 1

    harness.fake.block_user(USER)
    await harness.staff_send(STAFF, OPERATOR, "Ответ", thread_id=thread)
    await harness.deliver()
    row = await harness.services.db.fetch_one(
        "SELECT status FROM outbox WHERE chat_id = ? ORDER BY id DESC LIMIT 1", (USER,)
    )
    assert row is not None and row[0] == "blocked"
    user = await harness.services.users.users.get(USER)
    assert user is not None and user.blocked


async def test_retention_anonymises_closed_requests(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness, RETENTION_DAYS="30")
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    assert await harness.services.requests.anonymise_expired(30) == 0, "not yet"
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE requests SET closed_at = '2026-01-01T00:00:00+00:00' WHERE id = ?", (number,)
        )
    assert await harness.services.requests.anonymise_expired(30) == 1
    await harness.deliver()
    request = await harness.services.requests.get(number)
    assert request is not None and request.text is None and request.user_id is None
    assert harness.fake.topics[(STAFF, thread)]["deleted"]
    assert await harness.services.requests.anonymise_expired(30) == 0


async def test_an_update_delivered_twice_is_relayed_once(start_harness: StartHarness) -> None:
    """After a crash Telegram sends again the updates whose offset was not confirmed."""
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    from_user = harness.fake.user_message(USER, "Один раз")
    from_staff = harness.fake.group_message(STAFF, OPERATOR, "Тоже один раз", thread_id=thread)
    for update in (from_user, from_user, from_staff, from_staff):
        await harness.feed(update)
    await harness.deliver()
    assert topic_texts(harness, thread).count("Один раз") == 1
    assert user_texts(harness).count("Тоже один раз") == 1
