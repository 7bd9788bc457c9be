"""A fake Telegram Bot API validated against the machine-readable spec (``spec/``).

Used by the tests and by the sandbox; it never talks to Telegram.

Main entry points: :class:`FakeTelegram` (HTTP server + in-memory state),
:class:`RecordingSession` (in-process aiogram session), :func:`validate_call`
and :func:`check_telegram_html`.
"""

from .bot_api import ApiError
from .clock import VirtualClock
from .flood import FloodControl, FloodRules
from .html_check import check_telegram_html, utf16_len, visible_text
from .server import DEFAULT_TOKEN, Call, FakeTelegram, TopicClosedError
from .session import RecordingSession
from .spec import BotApiSpec, FieldSpec, decode_params, default_spec_path, load_spec, validate_call

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiSpec",
    "Call",
    "FakeTelegram",
    "FieldSpec",
    "FloodControl",
    "FloodRules",
    "RecordingSession",
    "TopicClosedError",
    "VirtualClock",
    "check_telegram_html",
    "decode_params",
    "default_spec_path",
    "load_spec",
    "utf16_len",
    "validate_call",
    "visible_text",
]
