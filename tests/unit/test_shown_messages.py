"""An edit that would leave a message as it is never reaches Telegram."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.middlewares.shown_messages import ShownMessages
from fake_telegram import FakeTelegram, RecordingSession

USER = 4242
KEYS = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="A", callback_data="a")]])


@pytest.fixture
async def fake_and_bot() -> AsyncIterator[tuple[FakeTelegram, Bot]]:
    fake = FakeTelegram()
    session = RecordingSession(fake)
    session.middleware(ShownMessages())
    bot = Bot(fake.token, session=session, default=DefaultBotProperties(parse_mode="HTML"))
    yield fake, bot
    assert fake.rejected == []


def edits(fake: FakeTelegram) -> list[str]:
    return [c.summary() for c in fake.calls if c.method.startswith("edit")]


async def test_an_unchanged_edit_is_answered_without_a_call(
    fake_and_bot: tuple[FakeTelegram, Bot],
) -> None:
    fake, bot = fake_and_bot
    sent = await bot.send_message(USER, "<b>Меню</b>", reply_markup=KEYS)
    where = {"chat_id": USER, "message_id": sent.message_id}
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("<b>Меню</b>", reply_markup=KEYS, **where)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_reply_markup(reply_markup=KEYS, **where)
    assert edits(fake) == [], "nothing was sent"

    await bot.edit_message_text("<b>Меню</b>", **where)  # the keyboard goes: a change
    await bot.edit_message_text("<i>Меню</i>", **where)  # the formatting changes
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await bot.edit_message_text("<i>Меню</i>", **where)
    await bot.edit_message_reply_markup(reply_markup=KEYS, **where)
    assert len(edits(fake)) == 3
    assert fake.buttons(USER)[0][0]["text"] == "A"


async def test_a_message_gone_is_forgotten_and_telegram_asked_again(
    fake_and_bot: tuple[FakeTelegram, Bot],
) -> None:
    fake, bot = fake_and_bot
    sent = await bot.send_message(USER, "Карточка")
    fake.store.delete(USER, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("Другая", chat_id=USER, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await bot.edit_message_text("Другая", chat_id=USER, message_id=sent.message_id)
    assert len(edits(fake)) == 2, "an edit that failed is not remembered as shown"
