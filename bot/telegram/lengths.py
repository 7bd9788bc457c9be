"""Lengths as Telegram counts them: UTF-16 code units after HTML entities are parsed.

An emoji outside the Basic Multilingual Plane is two units, a flag four, so a text of 4,000
Python characters can be 8,000 units. User text is cut and split here, by this measure and
before it is escaped (escaping changes the HTML, not the length Telegram counts), so that no
message built from it is refused as too long.
"""

from __future__ import annotations

from collections.abc import Callable

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
SEPARATORS = ("\n\n", "\n", " ")


def telegram_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clip(text: str, limit: int) -> str:
    """The longest start of ``text`` within ``limit`` units (never half a character)."""
    if telegram_length(text) <= limit:
        return text
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return text[:index]
    return text


def split_text(
    text: str,
    limit: int,
    separators: tuple[str, ...] = SEPARATORS,
    hard_split: Callable[[str, int], list[str]] | None = None,
) -> list[str]:
    """Parts of at most ``limit`` units, cut at paragraph breaks, then lines, then spaces;
    a word longer than that by ``hard_split`` (HTML keeps its tags whole: content/paging.py)."""
    if telegram_length(text) <= limit:
        return [text]
    if not separators:
        return (hard_split or _hard_split)(text, limit)
    separator, rest = separators[0], separators[1:]
    parts: list[str] = []
    current = ""
    for chunk in text.split(separator):
        candidate = f"{current}{separator}{chunk}" if current else chunk
        if telegram_length(candidate) <= limit:
            current = candidate
            continue
        if current:
            parts.append(current)
        if telegram_length(chunk) <= limit:
            current = chunk
        else:
            parts.extend(split_text(chunk, limit, rest, hard_split))
            current = ""
    if current:
        parts.append(current)
    return parts


def _hard_split(text: str, limit: int) -> list[str]:
    parts: list[str] = []
    while text:
        part = clip(text, limit) or text[0]
        parts.append(part)
        text = text[len(part) :]
    return parts
