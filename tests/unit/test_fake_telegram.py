"""The fake Telegram must both refuse what Telegram refuses and accept what it accepts."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import (
    BotCommand,
    BotCommandScopeChat,
    BufferedInputFile,
    ChatMemberAdministrator,
    ChatMemberMember,
    ForumTopic,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    InputMediaVideo,
    Message,
    ReplyParameters,
    Update,
)

from fake_telegram import (
    DEFAULT_TOKEN,
    FakeTelegram,
    RecordingSession,
    TopicClosedError,
    check_telegram_html,
    default_spec_path,
    utf16_len,
    validate_call,
    visible_text,
)

USER = 4242
STAFF = -1001234
GROUP = -1005678
OPERATOR = 777
CYRILLIC = "я"  # two bytes in UTF-8


def keyboard(*buttons: dict[str, str]) -> str:
    return json.dumps({"inline_keyboard": [list(buttons)]})


def send(text: str, **extra: str) -> list[str]:
    return validate_call("sendMessage", {"chat_id": str(USER), "text": text, **extra})


@pytest.fixture
def fake() -> FakeTelegram:
    return FakeTelegram()


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    in_process = Bot(fake.token, session=RecordingSession(fake))
    yield in_process
    await in_process.session.close()


@pytest.fixture
async def http_bot() -> AsyncIterator[tuple[FakeTelegram, Bot]]:
    async with FakeTelegram() as server:
        session = AiohttpSession(api=TelegramAPIServer.from_base(server.base_url))
        client = Bot(server.token, session=session)
        yield server, client
        await client.session.close()


# --- structural checks against the spec -------------------------------------------------


def test_valid_call_has_no_problems() -> None:
    assert send("hello") == []


def test_spec_path_can_be_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert default_spec_path().name == "bot-api.json"
    assert default_spec_path().is_file()
    monkeypatch.setenv("BOT_API_SPEC", str(tmp_path / "other.json"))
    assert default_spec_path() == tmp_path / "other.json"


def test_unknown_method_is_rejected(fake: FakeTelegram) -> None:
    assert validate_call("sendMesage", {"chat_id": "1", "text": "x"}) != []
    assert validate_call("sendmessage", {"chat_id": "1", "text": "x"}) != []  # case-sensitive
    status, body = fake.handle("sendMesage", {"chat_id": "1", "text": "x"})
    assert (status, body["ok"]) == (404, False)
    assert fake.rejected
    assert fake.rejected[0].method == "sendMesage"


def test_missing_chat_id_is_rejected(fake: FakeTelegram) -> None:
    problems = validate_call("sendMessage", {"text": "hi"})
    assert any("chat_id" in p for p in problems)
    status, body = fake.handle("sendMessage", {"text": "hi"})
    assert status == 400
    assert body["description"].startswith("Bad Request: ")
    assert "chat_id" in body["description"]


def test_unknown_parameter_is_rejected() -> None:
    problems = send("hi", colour="red")
    assert problems == ["unknown parameter 'colour' for sendMessage"]


def test_value_types_are_checked() -> None:
    assert validate_call(
        "sendMessage", {"chat_id": "1", "text": "x", "disable_notification": "yes"}
    )
    assert validate_call("getUpdates", {"offset": "1.5"})
    assert validate_call("sendMessage", {"chat_id": "1", "text": "x", "reply_markup": "{oops"})
    assert validate_call("sendMessage", {"chat_id": "@channel", "text": "x"}) == []


def test_nested_objects_and_unions_are_checked() -> None:
    unknown_field = json.dumps(
        {"inline_keyboard": [[{"text": "a", "callback_data": "b", "x": 1}]]}
    )
    assert any("unknown field" in p for p in send("hi", reply_markup=unknown_field))
    reply_keyboard = json.dumps({"keyboard": [[{"text": "Menu"}]], "resize_keyboard": True})
    assert send("hi", reply_markup=reply_keyboard) == []
    scope_without_chat = json.dumps({"type": "chat"})
    commands = json.dumps([{"command": "start", "description": "Start"}])
    problems = validate_call("setMyCommands", {"commands": commands, "scope": scope_without_chat})
    assert any("chat_id" in p and "BotCommandScopeChat" in p for p in problems)


# --- Telegram's prose limits ------------------------------------------------------------


def test_text_length_limit_is_4096() -> None:
    assert send("x" * 4096) == []
    assert any("message is too long" in p for p in send("x" * 4097))


def test_text_length_counts_utf16_code_units() -> None:
    emoji = "\N{GRINNING FACE}"
    assert utf16_len(emoji) == 2
    assert send(emoji * 2048) == []
    assert send(emoji * 2049) != []


def test_empty_text_is_rejected() -> None:
    assert any("empty" in p for p in send("<b> </b>", parse_mode="HTML"))


def test_html_length_is_counted_after_parsing() -> None:
    html = "<b>" + "x" * 4000 + "</b><i>" + "y" * 90 + "</i>&lt;&gt;&amp;&quot;&#33;&#x21;"
    assert utf16_len(visible_text(html)) == 4096
    assert send(html, parse_mode="HTML") == []
    assert send(html + "z", parse_mode="HTML") != []


@pytest.mark.parametrize(
    "html",
    ["<b>x", "a < b", "a > b", "&nbsp;", "Tom & Jerry", "<br>", "<b>x</i>", "<b><i>x</b></i>",
     "<a>link</a>", "<span>x</span>", "</b>", "<b"],
)  # fmt: skip
def test_bad_html_is_rejected(html: str) -> None:
    assert check_telegram_html(html) != []
    assert any("can't parse entities" in p for p in send(html, parse_mode="HTML"))


@pytest.mark.parametrize(
    "html",
    [
        "<b>x</b> &lt;",
        '<a href="https://example.com/?a=1&amp;b=2">link</a>',
        '<pre><code class="language-python">print(1)</code></pre>',
        '<span class="tg-spoiler">s</span> <tg-spoiler>t</tg-spoiler>',
        "<blockquote expandable>q</blockquote> <B>upper</B>",
        "<strong><em><ins><del>x</del></ins></em></strong> &#1071; &#x42f;",
    ],
)
def test_good_html_is_accepted(html: str) -> None:
    assert check_telegram_html(html) == []


def test_visible_text_strips_tags_and_unescapes() -> None:
    assert visible_text('<b>x</b> &lt;<a href="u">y</a> &#x42f;&amp;') == "x <y Я&"


def test_html_not_checked_without_parse_mode() -> None:
    assert send("a < b & c") == []


def test_caption_limit_is_1024_after_parsing() -> None:
    params = {"chat_id": "1", "photo": "FILE_ID", "parse_mode": "HTML"}
    assert validate_call("sendPhoto", {**params, "caption": "<b>" + "c" * 1024 + "</b>"}) == []
    problems = validate_call("sendPhoto", {**params, "caption": "c" * 1025})
    assert any("caption is too long" in p for p in problems)


def test_callback_data_is_limited_to_64_bytes() -> None:
    fits = CYRILLIC * 32  # 64 bytes
    too_long = CYRILLIC * 32 + "x"  # 65 bytes, only 33 characters
    assert send("hi", reply_markup=keyboard({"text": "ok", "callback_data": fits})) == []
    problems = send("hi", reply_markup=keyboard({"text": "no", "callback_data": too_long}))
    assert any("BUTTON_DATA_INVALID" in p and "65 bytes" in p for p in problems)
    assert send("hi", reply_markup=keyboard({"text": "empty", "callback_data": ""})) != []


def test_inline_button_needs_exactly_one_action() -> None:
    assert send("hi", reply_markup=keyboard({"text": "nothing"})) != []
    both = {"text": "two", "callback_data": "a", "url": "https://example.com"}
    assert send("hi", reply_markup=keyboard(both)) != []
    styled = {"text": "one", "style": "primary", "url": "https://example.com"}
    assert send("hi", reply_markup=keyboard(styled)) == []


def test_answer_callback_query_text_limit() -> None:
    assert (
        validate_call("answerCallbackQuery", {"callback_query_id": "1", "text": "x" * 200}) == []
    )
    assert validate_call("answerCallbackQuery", {"callback_query_id": "1", "text": "x" * 201})


def test_bot_command_limits() -> None:
    def commands(*items: tuple[str, str]) -> list[str]:
        payload = [{"command": c, "description": d} for c, d in items]
        return validate_call("setMyCommands", {"commands": json.dumps(payload)})

    assert commands(("start", "Начать"), ("help_2", "d" * 256)) == []
    assert commands(("Start", "upper case"))
    assert commands(("x" * 33, "too long"))
    assert commands(("start", ""))
    assert commands(("start", "d" * 257))
    assert commands(*[(f"c{i}", "d") for i in range(101)])


# --- answers, state and fault injection through a real aiogram Bot ----------------------


async def test_real_send_message_with_keyboard_and_html_passes(
    fake: FakeTelegram, bot: Bot
) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text="Права", callback_data="rights:root")],
            [InlineKeyboardButton(text="Сайт", url="https://example.com")],
        ]
    )
    sent = await bot.send_message(USER, "<b>Привет</b> &amp; добро", parse_mode="HTML",
                                  reply_markup=markup)  # fmt: skip
    assert fake.rejected == []
    assert sent.text == "Привет & добро"
    assert sent.from_user is not None
    assert sent.from_user.username == "test_helpdesk_bot"
    stored = fake.messages[(USER, sent.message_id)]
    assert stored["html"] == "<b>Привет</b> &amp; добро"
    assert stored["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "rights:root"
    assert fake.last_text(USER) == "Привет & добро"
    assert [c.method for c in fake.sent_to(USER)] == ["sendMessage"]


async def test_invalid_call_raises_bad_request_and_is_recorded(
    fake: FakeTelegram, bot: Bot
) -> None:
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await bot.send_message(USER, "1 < 2", parse_mode="HTML")
    assert len(fake.rejected) == 1
    assert fake.rejected[0].problems


async def test_retry_after_is_injected(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("sendMessage", 429, retry_after=7)
    status, body = fake.handle("sendMessage", {"chat_id": str(USER), "text": "x"})
    assert status == 429
    assert body["parameters"] == {"retry_after": 7}

    fake.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(TelegramRetryAfter) as caught:
        await bot.send_message(USER, "hello")
    assert caught.value.retry_after == 3
    await bot.send_message(USER, "hello")  # only the next call fails
    assert fake.last_text(USER) == "hello"


async def test_server_errors_are_injected(fake: FakeTelegram, bot: Bot) -> None:
    fake.fail_next("*", 502, count=2)
    for _ in range(2):
        with pytest.raises(TelegramServerError):
            await bot.get_me()
    assert (await bot.get_me()).id == 123456


async def test_blocked_user_gets_forbidden(fake: FakeTelegram, bot: Bot) -> None:
    fake.block_user(USER)
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await bot.send_message(USER, "hello")
    await bot.send_message(USER + 1, "others still work")
    assert fake.sent_to(USER) == []


async def test_edit_not_modified_and_not_found(fake: FakeTelegram, bot: Bot) -> None:
    sent = await bot.send_message(USER, "menu")
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("menu", chat_id=USER, message_id=sent.message_id)
    status, _ = fake.handle(
        "editMessageText",
        {"chat_id": str(USER), "message_id": str(sent.message_id), "text": "menu"},
    )
    assert status == 400
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("other", chat_id=USER, message_id=999)
    await bot.edit_message_text("new menu", chat_id=USER, message_id=sent.message_id)
    assert fake.last_text(USER) == "new menu"
    assert fake.messages[(USER, sent.message_id)]["edits"] == 1
    assert fake.rejected == []


async def test_edit_without_markup_removes_keyboard(fake: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]]
    )
    sent = await bot.send_message(USER, "pick", reply_markup=markup)
    assert fake.buttons(USER)[0][0]["text"] == "A"
    await bot.edit_message_text("picked", chat_id=USER, message_id=sent.message_id)
    assert fake.buttons(USER) == []


async def test_user_updates_and_callbacks(fake: FakeTelegram, bot: Bot) -> None:
    start = fake.user_message(USER, "/start deep", first_name="Айгуль")
    assert start["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert start["message"]["chat"] == {"id": USER, "type": "private", "first_name": "Айгуль"}
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="yes")]]
    )
    sent = await bot.send_message(USER, "Ок?", reply_markup=markup)
    assert sent.message_id == start["message"]["message_id"] + 1  # ids are per chat
    update = fake.press_button(USER, "Да")
    query = update["callback_query"]
    assert query["data"] == "yes"
    assert query["message"]["message_id"] == sent.message_id
    assert update["update_id"] == start["update_id"] + 1
    assert await bot.answer_callback_query(query["id"], text="Готово")
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(query["id"])
    with pytest.raises(LookupError):
        fake.user_callback(USER, 12345, "yes")
    sticker = fake.user_sticker(USER)
    assert "sticker" in sticker["message"]
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [1, 2, 3]
    assert updates[2].message is not None
    assert updates[2].message.sticker is not None


async def test_a_second_answer_to_a_press_is_recorded_a_retry_is_not(
    fake: FakeTelegram, bot: Bot
) -> None:
    """Telegram refuses a second answerCallbackQuery; the fake also records it, since the bot
    takes that refusal as "answered" and would hide it. A retry after an answer that failed
    (even one that took effect) is no defect."""
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Да", callback_data="yes")]]
    )
    await bot.send_message(USER, "Ок?", reply_markup=markup)
    first = fake.press_button(USER, "Да")["callback_query"]["id"]
    second = fake.press_button(USER, "Да")["callback_query"]["id"]
    fake.fail_next("answerCallbackQuery", 502, mode="after_effect")
    with pytest.raises(TelegramServerError):
        await bot.answer_callback_query(first)
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(first)  # it had taken effect: refused, not recorded
    assert fake.answered_twice == []
    assert await bot.answer_callback_query(second, text="Готово")
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await bot.answer_callback_query(second)
    assert [call.decoded["callback_query_id"] for call in fake.answered_twice] == [second]


async def test_uploads_and_commands_pass(fake: FakeTelegram, bot: Bot) -> None:
    document = BufferedInputFile(b"id;text\n1;hi\n", filename="export.csv")
    sent = await bot.send_document(USER, document, caption="<b>Экспорт</b>", parse_mode="HTML")
    assert sent.document is not None
    assert sent.caption == "Экспорт"
    assert list(fake.calls[-1].files.values()) == [b"id;text\n1;hi\n"]
    await bot.set_my_commands(
        [BotCommand(command="start", description="Начать")],
        scope=BotCommandScopeChat(chat_id=USER),
        language_code="ru",
    )
    assert fake.rejected == []


async def test_media_group_mixes_photos_and_videos_only(fake: FakeTelegram, bot: Bot) -> None:
    album = await bot.send_media_group(
        USER, [InputMediaPhoto(media="PHOTO_ID", caption="1"), InputMediaVideo(media="VIDEO_ID")]
    )
    assert [m.message_id for m in album] == [1, 2]
    assert fake.rejected == []
    with pytest.raises(TelegramBadRequest, match="can't be mixed"):
        await bot.send_media_group(
            USER, [InputMediaPhoto(media="PHOTO_ID"), InputMediaDocument(media="DOC_ID")]
        )


async def test_calls_are_decoded_by_declared_type(fake: FakeTelegram, bot: Bot) -> None:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="1", callback_data="1")]]
    )
    await bot.send_message(USER, "123", reply_markup=markup, disable_notification=True)
    call = fake.calls[-1]
    assert call.params["chat_id"] == str(USER)
    assert call.decoded["chat_id"] == USER
    assert call.decoded["text"] == "123"
    assert call.decoded["disable_notification"] is True
    assert call.decoded["reply_markup"] == markup.model_dump(exclude_none=True)


async def test_deprecated_parameters_are_refused(fake: FakeTelegram) -> None:
    """link_preview_is_disabled makes aiogram also send disable_web_page_preview, which
    Bot API 10.1 no longer lists: the fake refuses it, so the bot keeps to the current API."""
    defaults = DefaultBotProperties(parse_mode="HTML", link_preview_is_disabled=True)
    legacy_bot = Bot(fake.token, session=RecordingSession(fake), default=defaults)
    with pytest.raises(TelegramBadRequest, match="disable_web_page_preview"):
        await legacy_bot.send_message(USER, "<i>hi</i>")
    assert len(fake.rejected) == 1
    await legacy_bot.session.close()


async def test_wait_for_times_out_with_call_summary(fake: FakeTelegram) -> None:
    fake.handle("getMe", {})
    with pytest.raises(AssertionError, match="getMe"):
        await fake.wait_for(lambda: False, timeout=0.1)


# --- real HTTP --------------------------------------------------------------------------


async def test_get_updates_long_polls_over_http(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = http_bot
    assert fake.base_url.startswith("http://127.0.0.1:")
    started = time.monotonic()
    polling = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.2)
    assert not polling.done()  # really waiting
    fake.user_message(USER, "помогите")
    updates = await asyncio.wait_for(polling, 3)
    assert time.monotonic() - started < 2
    assert updates[0].message is not None
    assert updates[0].message.text == "помогите"
    assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == []
    assert fake.updates.pending == []


async def test_long_poll_confirms_its_offset_on_arrival(
    http_bot: tuple[FakeTelegram, Bot],
) -> None:
    """As Telegram: a client killed during the long poll does not get confirmed updates
    again."""
    fake, bot = http_bot
    fake.user_message(USER, "раз")
    (first,) = await bot.get_updates(timeout=0)
    polling = asyncio.create_task(bot.get_updates(offset=first.update_id + 1, timeout=5))
    await fake.wait_for(lambda: not fake.updates.pending, 2)
    assert not polling.done()  # still waiting, yet the first update is confirmed
    polling.cancel()
    fake.user_message(USER, "два")
    assert [u.message.text for u in await bot.get_updates(timeout=0) if u.message] == ["два"]


async def test_slow_next_answers_late_but_acts_at_once(
    http_bot: tuple[FakeTelegram, Bot],
) -> None:
    fake, bot = http_bot
    fake.user_message(USER, "оригинал")
    fake.slow_next("copyMessage", 0.5)
    started = time.monotonic()
    copying = asyncio.create_task(bot.copy_message(USER, USER, 1))
    await fake.wait_for(lambda: fake.last_text(USER) == "оригинал", 0.4)
    assert not copying.done(), "the copy is in the chat, its answer still on the way"
    assert (await copying).message_id == 2
    assert time.monotonic() - started >= 0.5
    started = time.monotonic()
    await bot.copy_message(USER, USER, 1)  # only the next call was slowed
    assert time.monotonic() - started < 0.4
    assert fake.faults.take_delay("copyMessage") == 0.0


async def test_stop_answers_a_held_call_at_once(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = http_bot
    fake.user_message(USER, "оригинал")
    fake.slow_next("copyMessage", 60)
    copying = asyncio.create_task(bot.copy_message(USER, USER, 1))
    await fake.wait_for(lambda: fake.last_text(USER) == "оригинал", 2)
    started = time.monotonic()
    await fake.stop()
    assert time.monotonic() - started < 5
    with contextlib.suppress(Exception):  # answered or cut off: either way, not held on
        await asyncio.wait_for(copying, 5)


async def test_short_poll_and_stop_wake_long_poll(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = http_bot
    polling = asyncio.create_task(bot.get_updates(timeout=30))
    await asyncio.sleep(0.2)
    await fake.stop()
    assert await asyncio.wait_for(polling, 3) == []


async def test_http_wrong_token_is_unauthorized(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, _ = http_bot
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))
    intruder = Bot("999:WRONG", session=session)
    with pytest.raises(TelegramUnauthorizedError):
        await intruder.get_me()
    await session.close()


async def test_http_accepts_json_get_and_multipart(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, _ = http_bot
    url = f"{fake.base_url}/bot{DEFAULT_TOKEN}"
    async with aiohttp.ClientSession() as client:
        async with client.post(f"{url}/sendMessage", json={"chat_id": USER, "text": "j"}) as r:
            assert r.status == 200
            assert (await r.json())["result"]["text"] == "j"
        async with client.get(f"{url}/sendMessage", params={"chat_id": USER, "text": "q"}) as r:
            assert r.status == 200
        form = aiohttp.FormData()
        form.add_field("chat_id", str(USER))
        form.add_field("photo", "attach://pic")
        form.add_field("pic", tiny_png(), filename="p.png")
        async with client.post(f"{url}/sendPhoto", data=form) as r:
            assert r.status == 200, await r.text()
        async with client.post(f"{url}/sendMessage", data={"chat_id": "1", "tex": "x"}) as r:
            assert r.status == 400
    assert [c.method for c in fake.calls] == [
        "sendMessage",
        "sendMessage",
        "sendPhoto",
        "sendMessage",
    ]
    assert len(fake.rejected) == 1


def tiny_png(width: int = 1, height: int = 1) -> bytes:
    """A real PNG of one colour (Telegram reads a photo it is sent; so does the fake)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_an_uploaded_photo_must_be_an_image_telegram_takes() -> None:
    from fake_telegram.limits import check_uploads, image_size

    params = {"chat_id": USER, "photo": "attach://pic"}
    assert check_uploads("sendPhoto", params, {"pic": tiny_png(40, 30)}) == []
    assert image_size(tiny_png(40, 30)) == (40, 30)
    (problem,) = check_uploads("sendPhoto", params, {"pic": b"GIF89a not read"})
    assert problem.startswith("IMAGE_PROCESS_FAILED")
    header_only = tiny_png()[:33]  # the signature and IHDR: all the check reads
    wide = header_only[:16] + (2100).to_bytes(4, "big") + (100).to_bytes(4, "big")
    (problem,) = check_uploads("sendPhoto", params, {"pic": wide + header_only[24:]})
    assert problem.startswith("PHOTO_INVALID_DIMENSIONS"), "a ratio over 20"
    huge = header_only[:16] + (6000).to_bytes(4, "big") + (5000).to_bytes(4, "big")
    (problem,) = check_uploads("sendPhoto", params, {"pic": huge + header_only[24:]})
    assert problem.startswith("PHOTO_INVALID_DIMENSIONS"), "sides adding up to over 10,000"
    assert check_uploads("sendPhoto", {"chat_id": USER, "photo": "FILE_ID"}, {}) == []
    big = {"doc": b"x" * (50 * 1024 * 1024 + 1)}
    (problem,) = check_uploads("sendDocument", {"document": "attach://doc"}, big)
    assert problem.startswith("Request Entity Too Large")


# --- groups, forum topics, replies, contacts, uploads -----------------------------------


def created_topic(fake: FakeTelegram, name: str = "Request #1") -> int:
    status, body = fake.handle("createForumTopic", {"chat_id": str(STAFF), "name": name})
    assert status == 200, body
    thread_id: int = body["result"]["message_thread_id"]
    return thread_id


async def test_forum_and_plain_group_chats(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    fake.make_group(GROUP, "Чат")
    assert fake.store.chat(STAFF) == {
        "id": STAFF, "type": "supergroup", "title": "Staff", "is_forum": True
    }  # fmt: skip
    assert fake.store.chat(GROUP) == {"id": GROUP, "type": "supergroup", "title": "Чат"}
    status, body = fake.handle("getChat", {"chat_id": str(STAFF)})
    assert status == 200
    assert body["result"]["is_forum"] is True
    assert body["result"]["title"] == "Staff"
    info = await bot.get_chat(STAFF)
    assert (info.type, info.is_forum) == ("supergroup", True)
    assert (await bot.get_chat(GROUP)).is_forum is None
    with pytest.raises(ValueError, match="negative"):
        fake.make_forum(USER)


async def test_create_forum_topic(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    await bot.send_message(STAFF, "general")  # message 1
    topic = await bot.create_forum_topic(STAFF, "Заявка #1")
    assert isinstance(topic, ForumTopic)
    assert (topic.message_thread_id, topic.name, topic.icon_color) == (2, "Заявка #1", 7322096)
    created = fake.store.service_messages[(STAFF, 2)]
    assert created["forum_topic_created"] == {"name": "Заявка #1", "icon_color": 7322096}
    Message.model_validate(created)
    assert fake.topics[(STAFF, 2)] == {
        "name": "Заявка #1", "icon_color": 7322096, "icon_custom_emoji_id": None,
        "closed": False, "deleted": False, "by_bot": True,
    }  # fmt: skip
    yellow = await bot.create_forum_topic(STAFF, "b", icon_color=16766590)
    assert (yellow.message_thread_id, yellow.icon_color) == (3, 16766590)
    assert (await bot.send_message(STAFF, "next")).message_id == 4
    assert fake.rejected == []


async def test_create_forum_topic_is_refused_outside_forums_and_checks_limits(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.make_group(GROUP)
    for chat_id in (GROUP, USER, -999):
        with pytest.raises(TelegramBadRequest, match="the chat is not a forum"):
            await bot.create_forum_topic(chat_id, "x")
    fake.make_forum(STAFF)
    await bot.create_forum_topic(STAFF, "n" * 128)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NAME_INVALID"):
        await bot.create_forum_topic(STAFF, "n" * 129)
    status, body = fake.handle("createForumTopic", {"chat_id": str(STAFF), "name": ""})
    assert status == 400
    assert "TOPIC_NAME_INVALID" in body["description"]
    with pytest.raises(TelegramBadRequest, match="icon_color"):
        await bot.create_forum_topic(STAFF, "x", icon_color=123)
    assert len(fake.rejected) == 3


async def test_messages_in_topics(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    sent = await bot.send_message(STAFF, "новая заявка", message_thread_id=thread)
    assert sent.message_thread_id == thread
    assert sent.is_topic_message is True
    assert sent.reply_to_message is not None  # Telegram: the topic's first message
    assert sent.reply_to_message.forum_topic_created is not None
    record = fake.messages[(STAFF, sent.message_id)]
    assert (record["thread_id"], record["reply_to"]) == (thread, None)
    photo = await bot.send_photo(STAFF, "PHOTO_ID", message_thread_id=thread)
    album = await bot.send_media_group(
        STAFF, [InputMediaPhoto(media="P1"), InputMediaPhoto(media="P2")], message_thread_id=thread
    )
    assert all(m.message_thread_id == thread for m in [photo, *album])
    general = await bot.send_message(STAFF, "в General")
    assert general.message_thread_id is None
    assert general.is_topic_message is None
    assert general.reply_to_message is None
    ids = [r["message_id"] for r in fake.topic_messages(STAFF, thread)]
    assert ids == [sent.message_id, photo.message_id, *(m.message_id for m in album)]
    assert fake.rejected == []


async def test_unknown_thread_is_refused_by_every_send(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    fake.make_group(GROUP)
    fake.user_message(USER, "hi")
    thread = created_topic(fake)
    for chat_id, thread_id in ((STAFF, 999), (STAFF, thread + 1), (GROUP, thread), (USER, thread)):
        with pytest.raises(TelegramBadRequest, match="message thread not found"):
            await bot.send_message(chat_id, "x", message_thread_id=thread_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_document(STAFF, "DOC_ID", message_thread_id=999)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.copy_message(STAFF, USER, 1, message_thread_id=999)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.forward_message(STAFF, USER, 1, message_thread_id=999)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.copy_messages(STAFF, USER, [1], message_thread_id=999)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_media_group(
            STAFF, [InputMediaPhoto(media="P1"), InputMediaPhoto(media="P2")], message_thread_id=7
        )
    assert fake.store.bot_messages(STAFF) == []
    copied = await bot.copy_message(STAFF, USER, 1, message_thread_id=thread)
    assert fake.messages[(STAFF, copied.message_id)]["message"]["message_thread_id"] == thread


async def test_edit_close_reopen_topic(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    assert await bot.close_forum_topic(STAFF, thread)
    assert fake.topics[(STAFF, thread)]["closed"] is True
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.close_forum_topic(STAFF, thread)
    assert await bot.reopen_forum_topic(STAFF, thread)
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.reopen_forum_topic(STAFF, thread)
    assert await bot.edit_forum_topic(STAFF, thread, name="Заявка #1 — решена")
    assert fake.topics[(STAFF, thread)]["name"] == "Заявка #1 — решена"
    with pytest.raises(TelegramBadRequest, match="TOPIC_NOT_MODIFIED"):
        await bot.edit_forum_topic(STAFF, thread, name="Заявка #1 — решена")
    assert await bot.edit_forum_topic(STAFF, thread, icon_custom_emoji_id="5312536423851630001")
    assert fake.topics[(STAFF, thread)]["icon_custom_emoji_id"] == "5312536423851630001"
    events = [m for k, m in sorted(fake.store.service_messages.items()) if k[1] != thread]
    assert [next(k for k in m if k.startswith("forum_topic_")) for m in events] == [
        "forum_topic_closed", "forum_topic_reopened", "forum_topic_edited", "forum_topic_edited"
    ]  # fmt: skip
    for event in events:
        assert Message.model_validate(event).message_thread_id == thread
    for method in ("editForumTopic", "closeForumTopic", "reopenForumTopic", "deleteForumTopic"):
        params = {"chat_id": str(STAFF), "message_thread_id": "999", "name": "x"}
        if method != "editForumTopic":
            del params["name"]
        status, body = fake.handle(method, params)
        assert (status, body["description"]) == (400, "Bad Request: message thread not found")
    assert fake.rejected == []


async def test_a_closed_topic_takes_messages_only_from_those_who_manage_topics(
    fake: FakeTelegram, bot: Bot
) -> None:
    """As Telegram: the bot, an admin that may manage topics, still posts in a closed topic;
    without that right it gets TOPIC_CLOSED (but may close and reopen a topic it created);
    a member's app lets only the group's admins write there."""
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    await bot.close_forum_topic(STAFF, thread)
    sent = await bot.send_message(STAFF, "оценка после закрытия", message_thread_id=thread)
    assert sent.message_thread_id == thread

    fake.set_bot_rights(STAFF, can_manage_topics=False)
    for call in (
        bot.send_message(STAFF, "x", message_thread_id=thread),
        bot.send_photo(STAFF, "PHOTO_ID", message_thread_id=thread),
        bot.copy_message(STAFF, STAFF, sent.message_id, message_thread_id=thread),
    ):
        with pytest.raises(TelegramBadRequest, match="TOPIC_CLOSED"):
            await call
    assert await bot.send_message(STAFF, "General is open")
    assert await bot.reopen_forum_topic(STAFF, thread), "the bot created it"
    assert await bot.send_message(STAFF, "reopened", message_thread_id=thread)
    fake.close_topic(STAFF, thread)  # by hand
    with pytest.raises(TopicClosedError):
        fake.group_message(STAFF, 5001, "оператор", thread_id=thread)
    fake.make_group_admin(STAFF, 5000)
    fake.group_message(STAFF, 5000, "админ группы", thread_id=thread)

    with pytest.raises(TelegramBadRequest, match="not enough rights"):
        await bot.create_forum_topic(STAFF, "needs the right")
    fake.set_bot_rights(STAFF, can_manage_topics=True)
    status, body = fake.handle("createForumTopic", {"chat_id": str(STAFF), "name": "by hand"})
    assert status == 200
    other = body["result"]["message_thread_id"]
    fake.topics[(STAFF, other)]["by_bot"] = False  # as if a member had created it
    fake.set_bot_rights(STAFF, can_manage_topics=False)
    with pytest.raises(TelegramBadRequest, match="not enough rights"):
        await bot.close_forum_topic(STAFF, other)
    assert len(fake.rejected) == 0


async def test_delete_topic_removes_its_messages(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread, other = created_topic(fake), created_topic(fake, "Request #2")
    kept = await bot.send_message(STAFF, "other topic", message_thread_id=other)
    gone = await bot.send_message(STAFF, "in topic", message_thread_id=thread)
    fake.group_message(STAFF, OPERATOR, "ответ оператора", thread_id=thread)
    general = await bot.send_message(STAFF, "general")
    assert await bot.delete_forum_topic(STAFF, thread)
    assert fake.topics[(STAFF, thread)]["deleted"] is True
    assert fake.topic_messages(STAFF, thread) == []
    assert [r["message_id"] for r in fake.store.deleted] == [gone.message_id]
    assert not any(k[0] == STAFF for k in fake.store.user_messages)
    assert (STAFF, thread) not in fake.store.service_messages
    assert set(fake.messages) == {(STAFF, kept.message_id), (STAFF, general.message_id)}
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(STAFF, "late", message_thread_id=thread)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.delete_forum_topic(STAFF, thread)
    with pytest.raises(LookupError):
        fake.group_message(STAFF, OPERATOR, "x", thread_id=thread)


async def test_staff_deletes_topic_by_hand(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    sent = await bot.send_message(STAFF, "card", message_thread_id=thread)
    calls = len(fake.calls)
    fake.delete_topic(STAFF, thread)
    assert len(fake.calls) == calls
    assert fake.topics[(STAFF, thread)]["deleted"] is True
    assert fake.store.deleted[-1]["message_id"] == sent.message_id
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("x", chat_id=STAFF, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message thread not found"):
        await bot.send_message(STAFF, "x", message_thread_id=thread)
    with pytest.raises(LookupError):
        fake.delete_topic(STAFF, thread)


async def test_reply_parameters(fake: FakeTelegram, bot: Bot) -> None:
    asked = fake.user_message(USER, "вопрос")["message"]["message_id"]
    reply = await bot.send_message(
        USER, "ответ", reply_parameters=ReplyParameters(message_id=asked)
    )
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.text == "вопрос"
    assert fake.messages[(USER, reply.message_id)]["reply_to"] == asked
    again = await bot.send_message(
        USER, "ещё", reply_parameters=ReplyParameters(message_id=reply.message_id)
    )
    assert again.reply_to_message is not None
    assert again.reply_to_message.message_id == reply.message_id
    assert again.reply_to_message.reply_to_message is None  # not nested
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_message(USER, "x", reply_parameters=ReplyParameters(message_id=999))
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.send_photo(USER, "PHOTO", reply_parameters=ReplyParameters(message_id=999))
    loose = await bot.send_message(
        USER,
        "x",
        reply_parameters=ReplyParameters(message_id=999, allow_sending_without_reply=True),
    )
    assert loose.reply_to_message is None
    assert fake.messages[(USER, loose.message_id)]["reply_to"] is None
    photo = await bot.send_photo(USER, "PHOTO", reply_parameters=ReplyParameters(message_id=asked))
    assert photo.reply_to_message is not None
    assert fake.rejected == []


async def test_reply_in_topic_and_to_another_chat(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    asked = fake.user_message(USER, "вопрос")["message"]["message_id"]
    card = await bot.copy_message(STAFF, USER, asked, message_thread_id=thread)
    note = fake.group_message(STAFF, OPERATOR, "заметка", thread_id=thread)["message"]
    answer = await bot.send_message(
        STAFF,
        "принято",
        message_thread_id=thread,
        reply_parameters=ReplyParameters(message_id=note["message_id"]),
    )
    assert answer.reply_to_message is not None
    assert answer.reply_to_message.text == "заметка"
    assert answer.message_thread_id == thread
    cross = await bot.send_message(
        USER, "ответ", reply_parameters=ReplyParameters(message_id=card.message_id, chat_id=STAFF)
    )
    assert cross.reply_to_message is None
    assert cross.external_reply is not None
    assert cross.external_reply.chat is not None
    assert (cross.external_reply.chat.id, cross.external_reply.message_id) == (
        STAFF, card.message_id
    )  # fmt: skip
    assert fake.messages[(USER, cross.message_id)]["reply_to"] == card.message_id
    with pytest.raises(TelegramBadRequest, match="message to be replied not found"):
        await bot.copy_message(
            USER, STAFF, card.message_id, reply_parameters=ReplyParameters(message_id=999)
        )
    assert fake.rejected == []


async def test_group_messages_from_operators(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    fake.make_group(GROUP)
    thread = created_topic(fake)
    update = fake.group_message(STAFF, OPERATOR, "/close причина", thread_id=thread)
    message = update["message"]
    assert message["chat"]["is_forum"] is True
    assert message["from"]["first_name"] == "Operator"
    assert (message["message_thread_id"], message["is_topic_message"]) == (thread, True)
    assert message["reply_to_message"]["message_id"] == thread
    assert "forum_topic_created" in message["reply_to_message"]
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    parsed = Update.model_validate(update)
    assert parsed.message is not None
    assert parsed.message.reply_to_message is not None
    assert parsed.message.reply_to_message.forum_topic_created is not None
    card = await bot.send_message(STAFF, "карточка", message_thread_id=thread)
    reply = fake.group_message(
        STAFF, OPERATOR, thread_id=thread, reply_to=card.message_id, kind="photo", caption="фото"
    )["message"]
    assert reply["reply_to_message"]["text"] == "карточка"
    assert (reply["caption"], "photo" in reply) == ("фото", True)
    plain = fake.group_message(GROUP, OPERATOR, "hi")["message"]
    assert plain["chat"] == {"id": GROUP, "type": "supergroup", "title": "Group"}
    assert "reply_to_message" not in plain
    assert "message_thread_id" not in plain
    general = fake.group_message(STAFF, OPERATOR, "в General")["message"]
    assert "message_thread_id" not in general
    replied = fake.group_message(GROUP, OPERATOR, "re", reply_to=plain["message_id"])["message"]
    assert replied["reply_to_message"]["text"] == "hi"
    with pytest.raises(LookupError):
        fake.group_message(GROUP, OPERATOR, "re", reply_to=999)
    with pytest.raises(LookupError):
        fake.group_message(STAFF, OPERATOR, "x", thread_id=999)
    copied = await bot.copy_message(USER, STAFF, reply["message_id"])
    stored = fake.messages[(USER, copied.message_id)]["message"]
    assert stored["caption"] == "фото"
    assert "photo" in stored
    assert "message_thread_id" not in stored
    assert "reply_to_message" not in stored
    updates = await bot.get_updates()
    assert len(updates) == 5


async def test_group_callback(fake: FakeTelegram, bot: Bot) -> None:
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Взять", callback_data="take:1")]]
    )
    card = await bot.send_message(STAFF, "заявка", message_thread_id=thread, reply_markup=markup)
    update = fake.group_callback(STAFF, OPERATOR, card.message_id, "take:1", first_name="Ольга")
    query = update["callback_query"]
    assert query["from"]["id"] == OPERATOR
    assert query["from"]["first_name"] == "Ольга"
    assert query["message"]["chat"]["id"] == STAFF
    assert query["message"]["message_thread_id"] == thread
    parsed = Update.model_validate(update)
    assert parsed.callback_query is not None
    assert parsed.callback_query.data == "take:1"
    assert await bot.answer_callback_query(query["id"])
    with pytest.raises(LookupError):
        fake.group_callback(STAFF, OPERATOR, 999, "take:1")


async def test_user_contact_and_its_copy(fake: FakeTelegram, bot: Bot) -> None:
    update = fake.user_contact(USER, "+79001234567", first_name="Айгуль")
    contact = update["message"]["contact"]
    assert contact == {"phone_number": "+79001234567", "first_name": "Айгуль", "user_id": USER}
    parsed = Update.model_validate(update)
    assert parsed.message is not None
    assert parsed.message.contact is not None
    other = fake.user_contact(USER, "+79000000000", contact_user_id=99)["message"]["contact"]
    assert other["user_id"] == 99
    fake.make_forum(STAFF)
    thread = created_topic(fake)
    message_id = update["message"]["message_id"]
    copied = await bot.copy_message(STAFF, USER, message_id, message_thread_id=thread)
    record = fake.messages[(STAFF, copied.message_id)]
    assert record["kind"] == "contact"
    assert record["message"]["contact"] == contact
    Message.model_validate(record["message"])


async def test_uploaded_document_keeps_bytes_and_name(fake: FakeTelegram, bot: Bot) -> None:
    document = BufferedInputFile(b"BEGIN:VCALENDAR", filename="event.ics")
    sent = await bot.send_document(USER, document)
    assert sent.document is not None
    assert sent.document.file_name == "event.ics"
    assert sent.document.file_size == len(b"BEGIN:VCALENDAR")
    record = fake.messages[(USER, sent.message_id)]
    assert (record["upload"], record["file_name"]) == (b"BEGIN:VCALENDAR", "event.ics")
    by_id = await bot.send_document(USER, "DOC_ID")
    assert by_id.document is not None
    assert by_id.document.file_id == "DOC_ID"
    assert fake.messages[(USER, by_id.message_id)]["upload"] is None
    status, body = fake.handle(
        "sendDocument",
        {"chat_id": str(USER)},
        files={"document": b"raw"},
        file_names={"document": "raw.txt"},
    )
    assert status == 200, body
    assert body["result"]["document"]["file_name"] == "raw.txt"
    last = fake.last_message(USER)
    assert last is not None
    assert last["upload"] == b"raw"


async def test_uploaded_file_name_over_http(http_bot: tuple[FakeTelegram, Bot]) -> None:
    fake, bot = http_bot
    document = BufferedInputFile(b"id;text\n", filename="export.csv")
    sent = await bot.send_document(USER, document, caption="Экспорт")
    assert sent.document is not None
    assert sent.document.file_name == "export.csv"
    record = fake.messages[(USER, sent.message_id)]
    assert (record["upload"], record["file_name"]) == (b"id;text\n", "export.csv")


async def test_not_modified_is_judged_on_what_is_shown_as_telegram_does(
    fake: FakeTelegram, bot: Bot
) -> None:
    """Telegram compares the parsed text, its formatting and the keyboard, not the HTML sent."""
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]]
    )
    sent = await bot.send_message(
        USER, '<b>Заявка</b> "1"', parse_mode="HTML", reply_markup=markup
    )
    edit = {"chat_id": USER, "message_id": sent.message_id, "parse_mode": "HTML"}
    with pytest.raises(TelegramBadRequest, match="message is not modified"):  # same, spelt anew
        await bot.edit_message_text(
            "<strong>Заявка</strong> &quot;1&quot;", reply_markup=markup, **edit
        )
    await bot.edit_message_text('<i>Заявка</i> "1"', reply_markup=markup, **edit)  # formatting
    await bot.edit_message_text('<i>Заявка</i> "1"', **edit)  # the keyboard goes
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(chat_id=USER, message_id=sent.message_id)

    photo = await bot.send_photo(USER, "PHOTO_ID", caption="<b>фото</b>", parse_mode="HTML")
    caption = {"chat_id": USER, "message_id": photo.message_id, "parse_mode": "HTML"}
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_caption(caption="<b>фото</b>", **caption)
    await bot.edit_message_caption(caption="фото", **caption)  # the bold goes: modified
    await bot.edit_message_caption(caption="фото", reply_markup=markup, **caption)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_caption(caption="фото", reply_markup=markup, **caption)
    assert fake.rejected == []


# --- the bot's own rights in a group ---------------------------------------------------------


async def test_the_bot_is_an_admin_of_a_registered_group_until_a_test_says_otherwise(
    fake: FakeTelegram, bot: Bot
) -> None:
    chat = -1001000000001
    fake.make_forum(chat)
    member = await bot.get_chat_member(chat, bot.id)
    assert isinstance(member, ChatMemberAdministrator)
    assert (member.can_manage_topics, member.can_delete_messages) == (True, True)
    topic = await bot.create_forum_topic(chat, "№1")

    fake.set_bot_rights(chat, can_manage_topics=False, can_delete_messages=False)
    member = await bot.get_chat_member(chat, bot.id)
    assert isinstance(member, ChatMemberAdministrator)
    assert (member.can_manage_topics, member.can_pin_messages) == (False, True)
    with pytest.raises(TelegramBadRequest, match="not enough rights to create a topic"):
        await bot.create_forum_topic(chat, "№2")
    assert await bot.edit_forum_topic(chat, topic.message_thread_id, name="№1 ✅")  # its own
    with pytest.raises(TelegramBadRequest, match="CHAT_ADMIN_REQUIRED"):
        await bot.delete_forum_topic(chat, topic.message_thread_id)

    fake.demote_bot(chat)
    assert isinstance(await bot.get_chat_member(chat, bot.id), ChatMemberMember)
    await bot.send_message(chat, "a member may still write")

    fake.remove_bot(chat)
    with pytest.raises(TelegramForbiddenError, match="bot was kicked"):
        await bot.get_chat(chat)
    with pytest.raises(TelegramForbiddenError, match="bot was kicked"):
        await bot.send_message(chat, "no more")
    fake.set_bot_rights(chat)  # added back as an admin
    assert isinstance(await bot.get_chat_member(chat, bot.id), ChatMemberAdministrator)
    with pytest.raises(ValueError, match="not an admin right"):
        fake.set_bot_rights(chat, can_fly=True)


async def test_an_author_edits_and_copies_follow_as_in_telegram(
    fake: FakeTelegram, bot: Bot
) -> None:
    """A person's edit changes their message and comes as ``edited_message``; a copy made
    afterwards shows the new version; the bot may edit its copy (as HTML or entities, judged
    on what is shown), never the person's message."""
    sent = fake.user_message(USER, "Адрес: Лесная 7")["message"]
    bold = [{"type": "bold", "offset": 0, "length": 5}]
    update = fake.edit_by_author(USER, sent["message_id"], text="Адрес: Лесная 17", entities=bold)
    edited = update["edited_message"]
    assert (edited["text"], edited["entities"], edited["message_id"]) == (
        "Адрес: Лесная 17", bold, sent["message_id"],
    )  # fmt: skip
    assert "edit_date" in edited and fake.updates.pending[-1] == update

    copy = await bot.copy_message(STAFF, USER, sent["message_id"])
    record = fake.messages[(STAFF, copy.message_id)]
    assert (record["text"], record["entities"]) == ("Адрес: Лесная 17", bold)
    target = {"chat_id": STAFF, "message_id": copy.message_id}
    with pytest.raises(TelegramBadRequest, match="message is not modified"):  # as HTML
        await bot.edit_message_text("<b>Адрес</b>: Лесная 17", parse_mode="HTML", **target)
    await bot.edit_message_text("Адрес: Лесная 17", parse_mode="HTML", **target)  # bold goes
    assert "entities" not in fake.messages[(STAFF, copy.message_id)]["message"]
    with pytest.raises(TelegramBadRequest, match="message can't be edited"):
        await bot.edit_message_text("x", chat_id=USER, message_id=sent["message_id"])
    assert fake.rejected == []


async def test_an_author_edits_media_only_as_the_apps_allow(fake: FakeTelegram) -> None:
    photo = fake.user_media(USER, "photo", caption="договор")["message"]
    old_file = photo["photo"][-1]["file_id"]
    edited = fake.edit_by_author(USER, photo["message_id"], caption=None)["edited_message"]
    assert "caption" not in edited and edited["photo"][-1]["file_id"] == old_file
    swapped = fake.edit_by_author(USER, photo["message_id"], caption="стр. 2", media_kind="video")
    assert "photo" not in swapped["edited_message"] and "video" in swapped["edited_message"]
    with pytest.raises(ValueError, match="a text message is edited to a text"):
        fake.edit_by_author(USER, photo["message_id"], text="a text instead")
    with pytest.raises(ValueError, match="UTF-16"):
        fake.edit_by_author(USER, photo["message_id"], caption="я" * 1025)
    with pytest.raises(LookupError):
        fake.edit_by_author(USER, 999, text="nothing there")
