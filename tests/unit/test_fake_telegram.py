"""The fake Telegram must both refuse what Telegram refuses and accept what it accepts."""

from __future__ import annotations

import asyncio
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
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaDocument,
    InputMediaPhoto,
    InputMediaVideo,
)

from tests.fake_telegram import (
    DEFAULT_TOKEN,
    FakeTelegram,
    RecordingSession,
    check_telegram_html,
    default_spec_path,
    utf16_len,
    validate_call,
    visible_text,
)

USER = 4242
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
        form.add_field("pic", b"\x89PNG", filename="p.png")
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
