"""Every Bot API call of the bot passes here (aiogram's session middleware): handler answers,
edits, callback answers, copies, documents, the outbox, broadcasts, topics.

- Pacing: a call that puts something into a chat waits for its turn in the ``SendBudget``
  (the chat's budget; new messages also the bot's, or the paid broadcast budget's when they
  carry allow_paid_broadcast), at the caller's priority.
- 429: the chat (and for a while the bot) is held for ``retry_after``, then the same call is
  made again, at most ``MAX_429_RETRIES`` times; nothing is sent into the window meanwhile.
- A page that is not JSON (Telegram's nginx answers 502 with HTML during outages) is a server
  error like any other 5xx, not a decoding failure that nobody catches.
- An answer to a person who is waiting is retried on a 5xx or a network error, twice, after
  short pauses; the outbox and broadcasts keep their own, persistent retries.
- A callback query that is too old to answer (the bot was down for a while) counts as
  answered: there is nobody to show a spinner to any more.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, cast

from aiogram.client.session.middlewares.base import (
    BaseRequestMiddleware,
    NextRequestMiddlewareType,
)
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramBadRequest,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import AnswerCallbackQuery, TelegramMethod
from aiogram.methods.base import Response, TelegramType

from bot.telegram.budget import Priority, SendBudget, current_priority, retry_after_seconds

if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)

MAX_429_RETRIES = 5
INTERACTIVE_RETRY_PAUSES = (0.5, 2.0)  # seconds before the 2nd and 3rd attempt

#: Calls that put a message into a chat count against the bot's 30/s and the chat's limit.
_NOT_MESSAGES = frozenset({"sendChatAction"})
#: Calls that change what a chat shows count against the chat's limit only.
_CHAT_CHANGES = frozenset(
    {
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
        "editMessageLiveLocation",
        "stopMessageLiveLocation",
        "createForumTopic",
        "editForumTopic",
        "closeForumTopic",
        "reopenForumTopic",
        "pinChatMessage",
    }
)


def is_new_message(name: str) -> bool:
    if name in _NOT_MESSAGES:
        return False
    return name.startswith(("send", "copyMessage", "forwardMessage"))


def is_paid(method: TelegramMethod[Any]) -> bool:
    """Sent with allow_paid_broadcast: Telegram's paid limit (up to 1,000/s), not the 30/s."""
    return getattr(method, "allow_paid_broadcast", None) is True


def chat_of(method: TelegramMethod[Any]) -> int | None:
    chat_id = getattr(method, "chat_id", None)
    return chat_id if isinstance(chat_id, int) else None  # "@channel" names are not ours


def is_query_too_old(error: TelegramBadRequest) -> bool:
    text = error.message.lower()
    return "query is too old" in text or "query id is invalid" in text


class TelegramLimitsMiddleware(BaseRequestMiddleware):
    def __init__(self, budget: SendBudget) -> None:
        self.budget = budget

    async def __call__(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        name = method.__api_method__
        new_message = is_new_message(name)
        paced = new_message or name in _CHAT_CHANGES
        paid = new_message and is_paid(method)
        attempt = 0
        while True:
            if paced:
                await self.budget.acquire(chat_of(method), counts_for_bot=new_message, paid=paid)
            try:
                return await self._call(make_request, bot, method)
            except TelegramRetryAfter as error:
                attempt += 1
                self._too_many(method, error, paid=paid)
                if attempt > MAX_429_RETRIES:
                    raise
            except (TelegramServerError, TelegramNetworkError) as error:
                attempt += 1
                if not self._retry_transient(name, attempt):
                    raise
                log.info("%s: %s, trying again", name, type(error).__name__)
                await self.budget.sleep(INTERACTIVE_RETRY_PAUSES[attempt - 1])

    async def _call(
        self,
        make_request: NextRequestMiddlewareType[TelegramType],
        bot: Bot,
        method: TelegramMethod[TelegramType],
    ) -> Response[TelegramType]:
        try:
            return await make_request(bot, method)
        except ClientDecodeError as error:
            # Not Telegram's JSON: an error page of a proxy in front of it. Its text is a
            # web page, never logged.
            raise TelegramServerError(
                method=method, message="Telegram answered with a page that is not JSON"
            ) from error
        except TelegramBadRequest as error:
            if isinstance(method, AnswerCallbackQuery) and is_query_too_old(error):
                log.info("answerCallbackQuery: the query is too old, taken as answered")
                return cast(Response[TelegramType], True)
            raise

    def _too_many(
        self, method: TelegramMethod[Any], error: TelegramRetryAfter, *, paid: bool
    ) -> None:
        chat_id = chat_of(method)
        wait = retry_after_seconds(error.retry_after)
        kind = "no chat" if chat_id is None else "a group" if chat_id < 0 else "a private chat"
        if paid:
            kind += " (paid broadcast)"
        log.warning("%s into %s: 429, holding for %.0f s", method.__api_method__, kind, wait)
        self.budget.too_many_requests(chat_id, wait, paid=paid)

    @staticmethod
    def _retry_transient(name: str, attempt: int) -> bool:
        """Only answers to a waiting person, and never the long poll (it has its own loop)."""
        if name in {"getUpdates", "getMe"}:
            return False
        return current_priority() is Priority.INTERACTIVE and attempt <= len(
            INTERACTIVE_RETRY_PAUSES
        )
