"""What each message the bot sent or edited shows now, so an edit that would change nothing
is never sent.

Telegram refuses such an edit ("message is not modified") and it still costs a call against
the chat's limits (20 per minute in a group). They came from several places: a second press
of a rating, a card refreshed after an operator's second answer (nothing on it changed), the
broadcast progress after Pause while the sender had just shown the same. One mechanism for
all of them: this request middleware on the bot's session sees every sendMessage and every
edit, remembers a digest of the text (with its formatting) and of the inline keyboard each
message was left with, and answers an edit to exactly that itself, with the error Telegram
would give, so callers handle it as they always did. In memory and bounded: after a restart
the first unchanged edit of an older message is sent, and Telegram answers it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from aiogram import Bot
from aiogram.client.default import Default
from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import (
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    Response,
    SendMessage,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import InlineKeyboardMarkup, Message
from cachetools import LRUCache

MESSAGES_REMEMBERED = 20_000
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are"
    " exactly the same as a current content and reply markup of the message"
)


@dataclass(frozen=True)
class Shown:
    content: bytes | None  # text or caption with its formatting; None: not known
    keyboard: bytes


MessageKey = tuple[int, int]


class ShownMessages(BaseRequestMiddleware):
    def __init__(self, capacity: int = MESSAGES_REMEMBERED) -> None:
        self._shown: LRUCache[MessageKey, Shown] = LRUCache(capacity)

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        key = _edited(method)
        if key is None:
            result = await make_request(bot, method)
            self._remember_sent(bot, method, result)
            return result
        after = _after_edit(bot, method, self._shown.get(key))
        if after == self._shown.get(key):
            raise TelegramBadRequest(method=method, message=NOT_MODIFIED)
        try:
            result = await make_request(bot, method)
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                self._shown[key] = after
            else:
                self._shown.pop(key, None)
            raise
        self._shown[key] = after
        return result

    def _remember_sent(self, bot: Bot, method: TelegramMethod[Any], result: object) -> None:
        if isinstance(method, SendMessage) and isinstance(result, Message):
            content = _content(bot, method.text, method.parse_mode, method.entities)
            key = (result.chat.id, result.message_id)
            self._shown[key] = Shown(content, _keyboard(method.reply_markup))


def _edited(method: TelegramMethod[Any]) -> MessageKey | None:
    """The chat and message an edit changes (edits of inline messages are not followed)."""
    if not isinstance(method, EditMessageText | EditMessageCaption | EditMessageReplyMarkup):
        return None
    if not isinstance(method.chat_id, int) or method.message_id is None:
        return None
    return method.chat_id, method.message_id


def _after_edit(bot: Bot, method: TelegramMethod[Any], before: Shown | None) -> Shown:
    """What the message will show once the edit is done (no keyboard given: none kept)."""
    if isinstance(method, EditMessageText):
        content = _content(bot, method.text, method.parse_mode, method.entities)
        return Shown(content, _keyboard(method.reply_markup))
    if isinstance(method, EditMessageCaption):
        content = _content(bot, method.caption or "", method.parse_mode, method.caption_entities)
        return Shown(content, _keyboard(method.reply_markup))
    assert isinstance(method, EditMessageReplyMarkup)
    return Shown(before.content if before else None, _keyboard(method.reply_markup))


def _content(bot: Bot, text: str | None, parse_mode: Any, entities: Any) -> bytes:
    if isinstance(parse_mode, Default):
        parse_mode = bot.default[parse_mode.name]
    shown = [text, parse_mode, [entity.model_dump(mode="json") for entity in entities or ()]]
    return _digest(shown)


def _keyboard(markup: Any) -> bytes:
    """The inline keyboard under a message (a reply keyboard is not part of the message)."""
    if not isinstance(markup, InlineKeyboardMarkup) or not any(markup.inline_keyboard):
        return b""
    return _digest(markup.model_dump(mode="json", exclude_none=True))


def _digest(value: object) -> bytes:
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True).encode()
    return hashlib.blake2b(encoded, digest_size=16).digest()
