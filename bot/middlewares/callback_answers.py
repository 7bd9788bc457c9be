"""Every button press is answered once (Telegram shows a spinner until it is, and refuses a
second answer), by aiogram's CallbackAnswerMiddleware: after the handler, with the toast the
handler set (``callback_answer.text``, ``.show_alert``), or before it for handlers decorated
``@flags.callback_answer(pre=True)``: those that send new messages, which may wait for the
chat's budget, and the answer would wait behind them. It answers even when the handler fails;
the exception then carries ``ANSWERED`` among its notes, so the error handler does not answer
it again.

An inner middleware of the dispatcher, so it sees the chosen handler's flags and wraps the
throttling middleware (whose "slow down" is the toast of the press it drops). Presses that no
handler takes (in groups that are not ours) are not answered, as before. The answer is a Bot
call like any other: it goes through the session's middlewares and the send budget. A callback
handler must not raise SkipHandler: the press would be answered, then the next handler's
answer would be a second one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import CallbackQuery, TelegramObject
from aiogram.utils.callback_answer import CallbackAnswerMiddleware

#: An exception's note: the press it came from has been answered (or is being answered).
ANSWERED = "callback query answered by CallbackAnswers"


class CallbackAnswers(CallbackAnswerMiddleware):
    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        try:
            return await super().__call__(handler, event, data)
        except Exception as error:
            if isinstance(event, CallbackQuery):
                error.add_note(ANSWERED)
            raise


def answered_before_failing(error: BaseException) -> bool:
    """The press whose handling raised ``error`` was answered by :class:`CallbackAnswers`."""
    return ANSWERED in getattr(error, "__notes__", ())
