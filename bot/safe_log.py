"""Describing an exception for the log without its message.

An exception's message can carry what a user wrote (a parser quoting its input, openpyxl
quoting a cell, a web page Telegram's proxy sent): the log gets the exception's type and the
place in our code where it happened, never its text.
"""

from __future__ import annotations

import traceback
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def describe(error: BaseException) -> str:
    """``KeyError at bot/services/outbox.py:120 in _send`` (the innermost frame of ours)."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [frame for frame in frames if _is_ours(frame.filename)]
    if not frames:
        return type(error).__name__
    frame = (ours or frames)[-1]
    return f"{type(error).__name__} at {_short(frame.filename)}:{frame.lineno} in {frame.name}"


def _is_ours(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(_PACKAGE)


def _short(filename: str) -> str:
    path = Path(filename).resolve()
    if path.is_relative_to(_PACKAGE.parent):
        return path.relative_to(_PACKAGE.parent).as_posix()
    return path.name
