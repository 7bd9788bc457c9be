"""Logging that cannot leak: an exception is described by its type and where it happened, never
by its message (a ValueError, an openpyxl or SQLite error may quote the migrant's text), and
the bot token is masked in every record.

``describe_exception`` is what the bot's own log calls use; ``LogGuard``, installed on the log
handlers by ``bot.app.configure_logging``, applies the same rule to every record, aiogram's,
APScheduler's and asyncio's tracebacks included, and masks the secrets it was given (the token,
which aiohttp's errors quote as part of the request URL).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from pathlib import Path

from aiogram.exceptions import TelegramAPIError, TelegramNetworkError

OWN_FRAMES_SHOWN = 4
MASK = "***"
_PROJECT = Path(__file__).resolve().parent.parent


def describe_exception(error: BaseException) -> str:
    """'OverflowError at bot/db/connection.py:63 fetch_one < bot/db/requests.py:295 get < …'.

    Telegram's own description of a refused call stays (it quotes no user text: "chat not
    found", "message is not modified", "can't parse entities … at byte offset 12"); a network
    error keeps only the class of what aiohttp raised (its text can carry the URL).
    """
    text = type(error).__name__
    if isinstance(error, TelegramNetworkError):
        text += f" ({error.message.split(':', 1)[0]})"
    elif isinstance(error, TelegramAPIError):
        text += f" ({error.message})"
    frames = _frames(error)
    if frames:
        text += " at " + " < ".join(frames)
    cause = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
    if cause is not None:
        text += f" (after {type(cause).__name__})"
    return text


def _frames(error: BaseException) -> list[str]:
    """Where it was raised, then the innermost frames of the bot's own code, as
    path:line function."""
    summary = list(reversed(traceback.extract_tb(error.__traceback__)))
    if not summary:
        return []
    own = [frame for frame in summary[1:] if _short_path(frame.filename).startswith("bot/")]
    return [
        f"{_short_path(frame.filename)}:{frame.lineno} {frame.name}"
        for frame in [summary[0], *own[:OWN_FRAMES_SHOWN]]
    ]


def _short_path(filename: str) -> str:
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    if path.is_relative_to(_PROJECT):
        return path.relative_to(_PROJECT).as_posix()
    return path.name


class LogGuard(logging.Filter):
    """On a handler: tracebacks become ``describe_exception`` lines, secrets become ***."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = sorted({secret for secret in _variants(secrets) if secret}, key=len)[::-1]

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            self._clean(record)
        except Exception:  # a record whose arguments do not format: let the handler report it
            return True
        return True

    def _clean(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info is not None and record.exc_info[1] is not None:
            message += f" [{describe_exception(record.exc_info[1])}]"
            record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        record.msg, record.args = self.mask(message), None

    def mask(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, MASK)
        return text


def _variants(secrets: Iterable[str]) -> Iterable[str]:
    """A token '123:ABC' is masked whole, by its secret part alone (a URL may encode the colon
    as %3A), whatever surrounds it."""
    for secret in secrets:
        yield secret
        _, _, tail = secret.partition(":")
        if len(tail) >= 16:
            yield tail
