"""Splits long HTML text into parts that fit a Telegram message.

Splits at paragraph breaks, then line breaks, then spaces, and never inside a tag: a tag left
open at the end of a part is closed there and opened again at the start of the next.
Lengths are counted in UTF-16 code units, as Telegram counts them.
"""

from __future__ import annotations

import re

from bot.telegram.lengths import clip, split_text, telegram_length

TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")


def split_html(text: str, limit: int) -> list[str]:
    pieces = split_text(text, limit, hard_split=_hard_split)
    return _balance_tags(pieces)


def _hard_split(text: str, limit: int) -> list[str]:
    """Last resort for a word longer than the limit: cut between tags, never inside one."""
    tokens = re.split(r"(<[^>]*>)", text)
    parts: list[str] = []
    current = ""
    for token in tokens:
        rest = token
        while telegram_length(current + rest) > limit and not rest.startswith("<"):
            piece = clip(rest, limit - telegram_length(current)) or rest[0]
            parts.append(current + piece)
            current, rest = "", rest[len(piece) :]
        current += rest
    if current:
        parts.append(current)
    return parts


def _balance_tags(parts: list[str]) -> list[str]:
    balanced: list[str] = []
    carried: list[tuple[str, str]] = []  # (name, opening tag) still open from the last part
    for part in parts:
        opening = "".join(tag for _, tag in carried)
        stack = list(carried)
        for match in TAG.finditer(part):
            closing, name = match.group(1), match.group(2).lower()
            if closing and stack and stack[-1][0] == name:
                stack.pop()
            elif not closing:
                stack.append((name, match.group(0)))
        closing_tags = "".join(f"</{name}>" for name, _ in reversed(stack))
        balanced.append(f"{opening}{part}{closing_tags}")
        carried = stack
    return balanced
