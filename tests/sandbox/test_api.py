"""The sandbox's HTTP API against a running sandbox: the fake Bot API, the real bot polling it
over HTTP, a SQLite file, the web server on a free port. What is asserted is what the page would
show (the hub's views) and what the bot received (the fake's updates)."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient, TestServer

from bot.db import clock
from bot.i18n import I18n
from bot.services.deadlines import today_in_russia
from sandbox.web import build_app
from sandbox.world import ADMIN_ID, FIRST_MIGRANT_ID, OPERATOR_ID, STAFF_CHAT_ID
from tests.sandbox.conftest import Running
from tests.sandbox.test_browser import png

MIGRANT = FIRST_MIGRANT_ID
i18n = I18n.load("ru")
ky, ru = i18n.get("ky"), i18n.get("ru")


def views(running: Running, chat: int) -> list[dict[str, Any]]:
    items = running.sandbox.hub.chat_items(chat).values()
    return sorted(
        (i for i in items if i.get("kind") != "error"), key=lambda i: int(i["message_id"])
    )


def from_bot(running: Running, chat: int) -> list[dict[str, Any]]:
    return [v for v in views(running, chat) if v["from"]["is_bot"]]


def errors(running: Running, chat: int) -> list[dict[str, Any]]:
    return [i for i in running.sandbox.hub.chat_items(chat).values() if i.get("kind") == "error"]


async def until(running: Running, predicate: Any) -> None:
    await running.sandbox.fake.wait_for(predicate, 15.0)


def data_of(view: dict[str, Any], label: str) -> str:
    for row in view["buttons"]:
        for button in row:
            if label in button["text"]:
                return str(button["callback_data"])
    raise AssertionError(f"no {label!r} in {view['buttons']}")


async def start_in_kyrgyz(running: Running) -> dict[str, Any]:
    """/start, then the Kyrgyz button: returns the main menu's view."""
    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "/start"})
    await until(running, lambda: any(v["buttons"] for v in from_bot(running, MIGRANT)))
    greeting = from_bot(running, MIGRANT)[-1]
    answer = await running.post(
        "/api/press",
        {"as": MIGRANT, "chat_id": MIGRANT, "message_id": greeting["message_id"],
         "data": data_of(greeting, ky("language-name-ky"))},
    )  # fmt: skip
    await until(running, lambda: running.sandbox.fake.callback_answers.get(answer["query_id"]))
    await until(
        running,
        lambda: (
            ky("menu-rights") in json.dumps(from_bot(running, MIGRANT)[-1], ensure_ascii=False)
        ),
    )
    return from_bot(running, MIGRANT)[-1]


async def test_the_state_has_the_people_the_forum_and_menus_per_language(running: Running) -> None:
    state = await running.get("/api/state")
    people = {p["id"]: (p["role"], p["language"]) for p in state["people"]}
    assert people == {
        MIGRANT: ("migrant", "ky"),
        OPERATOR_ID: ("operator", "ru"),
        ADMIN_ID: ("admin", "ru"),
    }
    assert state["staff_chat"]["id"] == STAFF_CHAT_ID
    await until(running, lambda: len(from_bot(running, STAFF_CHAT_ID)) == 1)
    general = [v["text"] for v in views(running, STAFF_CHAT_ID)]
    assert general[0] == f"/staff add {OPERATOR_ID} operator", "the admin made the operator"
    assert str(OPERATOR_ID) in general[1], "…and the real bot confirmed it"
    menus = (await running.get("/api/state"))["menus"]
    migrant_menu = {c["command"]: c["description"] for c in menus[f"{MIGRANT}:{MIGRANT}"]}
    assert migrant_menu["start"] == ky("command-start"), "the migrant's menu is in Kyrgyz"
    assert "broadcast" not in migrant_menu
    assert "broadcast" in {c["command"] for c in menus[f"{ADMIN_ID}:{ADMIN_ID}"]}
    assert "queue" in {c["command"] for c in menus[f"{OPERATOR_ID}:{STAFF_CHAT_ID}"]}


async def test_a_pressed_button_edits_its_message_in_place_and_is_answered(
    running: Running,
) -> None:
    menu = await start_in_kyrgyz(running)
    greeting = [v for v in from_bot(running, MIGRANT) if v["message_id"] == menu["message_id"]]
    assert greeting and greeting[0]["edited"], "the language message became the main menu"
    assert len(from_bot(running, MIGRANT)) == 1
    bold = [e for e in menu["entities"] if e["type"] == "bold"]
    assert bold, "Telegram HTML arrives as entities, not markup"
    assert "<b>" not in menu["text"]


async def test_bad_input_gets_a_clear_answer_and_changes_nothing(running: Running) -> None:
    fake = running.sandbox.fake
    before = dict(fake.store.user_messages)
    for body, message in (
        ({"as": MIGRANT, "chat_id": MIGRANT, "text": "   "}, "empty"),
        ({"as": MIGRANT, "chat_id": MIGRANT, "text": "я" * 4097}, "at most 4096"),
        ({"as": 999, "chat_id": MIGRANT, "text": "hi"}, "no such person"),
        ({"as": MIGRANT, "chat_id": STAFF_CHAT_ID, "text": "hi"}, "not in that chat"),
        ({"as": OPERATOR_ID, "chat_id": STAFF_CHAT_ID, "thread_id": 999, "text": "hi"}, "deleted"),
        ({"as": MIGRANT, "chat_id": MIGRANT, "text": "hi", "reply_to": 999}, "gone"),
    ):
        answer = await running.post("/api/send", body, status=400)
        assert message in answer["error"], (body, answer)
    answer = await running.post(
        "/api/press", {"as": MIGRANT, "chat_id": MIGRANT, "message_id": 1, "data": "x"}, status=400
    )
    assert "gone" in answer["error"]
    for step in ({"hours": -1}, {"days": 0}, {"hours": True}, {"days": 31}, {"hours": "1"}):
        await running.post("/api/clock", step, status=400)
    assert clock.ahead() == timedelta(0)
    assert (await running.post("/api/people", {"name": "", "language": "ky"}, status=400))["error"]
    assert (await running.post("/api/people", {"name": "A", "language": "xx"}, status=400))[
        "error"
    ]
    async with running.http.post(running.url + "/api/send", json={"as": MIGRANT}) as response:
        assert response.status == 403, "no X-Sandbox header: refused before anything happens"
    assert fake.store.user_messages == before
    assert len(running.sandbox.people.by_id) == 3


async def test_only_the_served_address_is_answered(running: Running) -> None:
    """Another Host header (a DNS rebinding page) gets nothing."""
    app = build_app(running.sandbox, frozenset({"127.0.0.1:9"}))
    async with TestClient(TestServer(app)) as client:
        response = await client.get("/", headers={"Host": "evil.example:9"})
        assert response.status == 421
        response = await client.get("/static/app.js", headers={"Host": "127.0.0.1:9"})
        assert response.status == 200
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]


async def test_a_photo_reaches_the_bot_and_downloads_again(running: Running) -> None:
    picture = png()
    form = aiohttp.FormData()
    for key, value in (("as", str(MIGRANT)), ("chat_id", str(MIGRANT)), ("kind", "photo"),
                       ("caption", "/start")):  # fmt: skip
        form.add_field(key, value)
    form.add_field("file", picture, filename="payslip.png", content_type="image/png")
    async with running.http.post(
        running.url + "/api/upload", data=form, headers={"X-Sandbox": "1"}
    ) as response:
        assert response.status == 200, await response.text()
        message_id = (await response.json())["message_id"]
    fake = running.sandbox.fake
    await until(
        running, lambda: any("photo" in u.get("message", {}) for u in fake.updates.delivered)
    )
    (update,) = [u for u in fake.updates.delivered if "photo" in u.get("message", {})]
    file_id = update["message"]["photo"][-1]["file_id"]
    assert fake.files[file_id].content == picture
    assert update["message"]["caption_entities"][0]["type"] == "bot_command"
    async with running.http.get(
        f"{running.url}/api/file/{MIGRANT}/{message_id}?as={MIGRANT}"
    ) as response:
        assert response.status == 200
        assert response.content_type == "image/png"
        assert await response.read() == picture
    async with running.http.get(
        f"{running.url}/api/file/{MIGRANT}/{message_id}?as={OPERATOR_ID}"
    ) as response:
        assert response.status == 400, "someone else's chat"


async def test_an_html_document_is_downloaded_never_shown_as_a_page(running: Running) -> None:
    form = aiohttp.FormData()
    for key, value in (("as", str(MIGRANT)), ("chat_id", str(MIGRANT)), ("kind", "document")):
        form.add_field(key, value)
    form.add_field(
        "file", b"<script>alert(1)</script>", filename="x.html", content_type="text/html"
    )
    async with running.http.post(
        running.url + "/api/upload", data=form, headers={"X-Sandbox": "1"}
    ) as response:
        message_id = (await response.json())["message_id"]
    async with running.http.get(
        f"{running.url}/api/file/{MIGRANT}/{message_id}?as={MIGRANT}"
    ) as response:
        assert response.content_type == "application/octet-stream"
        assert response.headers["Content-Disposition"].startswith("attachment")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    form = aiohttp.FormData()
    for key, value in (("as", str(MIGRANT)), ("chat_id", str(MIGRANT)), ("kind", "photo")):
        form.add_field(key, value)
    form.add_field("file", b"<svg/>", filename="x.svg", content_type="image/svg+xml")
    async with running.http.post(
        running.url + "/api/upload", data=form, headers={"X-Sandbox": "1"}
    ) as response:
        assert response.status == 400, "an SVG is no photo"


async def test_a_document_the_bot_sends_can_be_downloaded(running: Running) -> None:
    """/export in the staff chat: the real bot uploads CSV and XLSX files to the admin's
    private chat (they hold personal data); the page offers them."""
    await running.post("/api/send", {"as": ADMIN_ID, "chat_id": STAFF_CHAT_ID, "text": "/export"})
    await until(
        running,
        lambda: any(
            (v["media"] or {}).get("kind") == "document" for v in from_bot(running, ADMIN_ID)
        ),
    )
    document = next(
        v for v in from_bot(running, ADMIN_ID) if (v["media"] or {}).get("kind") == "document"
    )
    async with running.http.get(
        f"{running.url}{document['media']['url']}?as={ADMIN_ID}"
    ) as response:
        assert response.status == 200
        assert "attachment" in response.headers["Content-Disposition"]
        body = await response.read()
    assert body and document["media"]["file_name"] in response.headers["Content-Disposition"]


async def test_the_contact_button_shares_a_made_up_phone(running: Running) -> None:
    await running.post("/api/contact", {"as": MIGRANT})
    fake = running.sandbox.fake
    (contact,) = [m["contact"] for m in fake.store.user_messages.values() if "contact" in m]
    assert contact["user_id"] == MIGRANT and contact["phone_number"].startswith("7900")


async def test_reactions_toggle_and_are_not_sent_to_a_bot_that_did_not_ask(
    running: Running,
) -> None:
    menu = await start_in_kyrgyz(running)
    body = {"as": MIGRANT, "chat_id": MIGRANT, "message_id": menu["message_id"], "emoji": "👍"}
    await running.post("/api/react", body)
    assert from_bot(running, MIGRANT)[-1]["reactions"] == [{"emoji": "👍", "by": [MIGRANT]}]
    assert not any("message_reaction" in u for u in running.sandbox.fake.updates.pending)
    await running.post("/api/react", body)
    assert from_bot(running, MIGRANT)[-1]["reactions"] == []
    await running.post("/api/react", {**body, "emoji": "<b>"}, status=400)


async def test_a_call_telegram_refuses_is_shown_with_its_error(running: Running) -> None:
    fake = running.sandbox.fake
    too_long = "Bad Request: message is too long"
    fake.fail_next("sendMessage", 400, description=too_long, chat_id=MIGRANT)
    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "/start"})
    await until(running, lambda: errors(running, MIGRANT))
    (error,) = errors(running, MIGRANT)
    assert (error["method"], error["description"]) == ("sendMessage", too_long)
    assert "Саламатсызбы" in error["preview"] and error["target"] is None
    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "/start"})
    await until(running, lambda: any(v["buttons"] for v in from_bot(running, MIGRANT)))
    greeting = from_bot(running, MIGRANT)[-1]
    fake.fail_next(
        "editMessageText", 400, description="Bad Request: can't parse entities", chat_id=MIGRANT
    )
    await running.post(
        "/api/press",
        {"as": MIGRANT, "chat_id": MIGRANT, "message_id": greeting["message_id"],
         "data": data_of(greeting, ky("language-name-ky"))},
    )  # fmt: skip
    await until(running, lambda: len(errors(running, MIGRANT)) == 2)
    edit = next(e for e in errors(running, MIGRANT) if e["method"] == "editMessageText")
    assert edit["target"] == greeting["key"], "shown next to the message it tried to edit"


async def test_moving_the_clock_brings_a_deadline_reminder(running: Running) -> None:
    menu = await start_in_kyrgyz(running)
    await running.post(
        "/api/press",
        {
            "as": MIGRANT,
            "chat_id": MIGRANT,
            "message_id": menu["message_id"],
            "data": data_of(menu, ky("menu-deadlines")),
        },
    )
    await until(
        running,
        lambda: (
            ky("deadlines-button-entry")
            in json.dumps(from_bot(running, MIGRANT)[-1], ensure_ascii=False)
        ),
    )
    screen = from_bot(running, MIGRANT)[-1]
    await running.post(
        "/api/press",
        {
            "as": MIGRANT,
            "chat_id": MIGRANT,
            "message_id": screen["message_id"],
            "data": data_of(screen, ky("deadlines-button-entry")),
        },
    )
    entry = today_in_russia(clock.utc_now()) - timedelta(days=10)  # registration ends in 19 days
    await asyncio.sleep(0.5)
    await running.post(
        "/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": entry.strftime("%d.%m.%Y")}
    )
    await until(
        running,
        lambda: (
            ky("deadlines-saved").split("<")[0][:10]
            in json.dumps(views(running, MIGRANT), ensure_ascii=False)
        ),
    )
    reminder = ky("deadlines-reminder", what="X", days=7).split("<")[0]  # "⏰ "
    shown = len(from_bot(running, MIGRANT))
    answer = await running.post("/api/clock", {"days": 12})
    assert answer["ahead_seconds"] == 12 * 86400
    await until(running, lambda: len(from_bot(running, MIGRANT)) > shown)
    assert from_bot(running, MIGRANT)[-1]["text"].startswith(reminder.strip() or "⏰")


async def test_reset_starts_over(running: Running) -> None:
    await running.post("/api/people", {"name": "Азамат", "language": "uz"})
    await start_in_kyrgyz(running)
    await running.post("/api/clock", {"hours": 1})
    old = running.sandbox
    await running.post("/api/reset", {})
    assert running.sandbox is not old
    state = await running.get("/api/state")
    assert len(state["people"]) == 3 and clock.ahead() == timedelta(0)
    assert not views(running, MIGRANT), "the migrant's chat is empty again"
    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "/start"})
    await until(running, lambda: any(v["buttons"] for v in from_bot(running, MIGRANT)))
    assert "Саламатсызбы" in from_bot(running, MIGRANT)[-1]["text"], "a new user again"


async def test_the_event_stream_starts_with_the_state_then_each_change(running: Running) -> None:
    async with running.http.get(running.url + "/api/events") as response:
        first = json.loads((await response.content.readline()).decode().removeprefix("data: "))
        assert first["type"] == "state"
        await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "салам"})
        while True:
            line = (await asyncio.wait_for(response.content.readline(), 10)).decode()
            if line.startswith("data: "):
                event = json.loads(line.removeprefix("data: "))
                if event["type"] == "message" and event["message"]["from"]["id"] == MIGRANT:
                    break
    assert event["message"]["text"] == "салам"


async def press_label(running: Running, person: int, chat: int, label: str) -> None:
    """Press the newest button with ``label`` in ``chat`` (waiting until it is there)."""

    def newest() -> dict[str, Any] | None:
        shown = [
            v
            for v in from_bot(running, chat)
            if label in json.dumps(v["buttons"], ensure_ascii=False)
        ]
        return shown[-1] if shown else None

    await until(running, lambda: newest() is not None)
    view = newest()
    assert view is not None
    body = {
        "as": person,
        "chat_id": chat,
        "message_id": view["message_id"],
        "data": data_of(view, label),
    }
    answer = await running.post("/api/press", body)
    await until(running, lambda: running.sandbox.fake.callback_answers.get(answer["query_id"]))


async def test_a_deleted_topic_comes_back_when_the_migrant_writes(running: Running) -> None:
    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "/request"})
    for label in (ky("request-category-wages"), ky("city-moscow")):
        await press_label(running, MIGRANT, MIGRANT, label)
    await running.post(
        "/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "Айлык төлөнбөй жатат."}
    )
    for label in (
        "request-button-done",
        "request-button-chat-only",
        "request-button-consent",
        "request-button-submit",
    ):
        await press_label(running, MIGRANT, MIGRANT, ky(label))
    topics = running.sandbox.hub.topics
    await until(running, lambda: any("№1" in t["name"] for t in topics.get(STAFF_CHAT_ID, [])))
    (first,) = [t["thread_id"] for t in topics[STAFF_CHAT_ID] if "№1" in t["name"]]
    await until(
        running,
        lambda: any(
            v["thread_id"] == first and v["buttons"] for v in views(running, STAFF_CHAT_ID)
        ),
    )

    await running.post("/api/topics/delete", {"as": MIGRANT, "thread_id": first}, status=400)
    await running.post("/api/topics/delete", {"as": OPERATOR_ID, "thread_id": first})
    assert [t["deleted"] for t in topics[STAFF_CHAT_ID] if t["thread_id"] == first] == [True]
    assert not [v for v in views(running, STAFF_CHAT_ID) if v["thread_id"] == first]

    await running.post("/api/send", {"as": MIGRANT, "chat_id": MIGRANT, "text": "Дагы бир суроо."})
    live = lambda: [t for t in topics[STAFF_CHAT_ID] if "№1" in t["name"] and not t["deleted"]]  # noqa: E731
    await until(running, lambda: bool(live()))
    again = live()[0]["thread_id"]
    await until(
        running,
        lambda: any(
            v["text"] == "Дагы бир суроо."
            for v in views(running, STAFF_CHAT_ID)
            if v["thread_id"] == again
        ),
    )
    assert any(v["buttons"] for v in views(running, STAFF_CHAT_ID) if v["thread_id"] == again), (
        "with its card"
    )
