"""Telegram HTML -> the visible text and its ``MessageEntity`` list, as Telegram parses it.

Offsets and lengths are in UTF-16 code units, like Telegram's (and like JavaScript strings, so
the sandbox's page can build DOM nodes from them without ever treating bot text as HTML). Only
well-formed HTML is expected here: the fake refuses anything else before a message exists.
"""

from __future__ import annotations

from typing import Any

from .html_check import _Token, _tokens, utf16_len

__all__ = ["html_to_entities"]

#: Tag -> entity type (tags that need an attribute are handled in ``_entity``).
_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}


def _entity(token: _Token) -> dict[str, Any] | None:
    """The entity a start tag opens (without offset and length), or None."""
    name, attrs = token.value, token.attrs
    if name == "a":
        return {"type": "text_link", "url": attrs.get("href", "")}
    if name == "tg-emoji":
        return {"type": "custom_emoji", "custom_emoji_id": attrs.get("emoji-id", "")}
    if name == "tg-time":
        return {"type": "date_time", "unix_time": attrs.get("unix", "")}
    if name == "blockquote" and "expandable" in attrs:
        return {"type": "expandable_blockquote"}
    kind = _TYPES.get(name)
    return {"type": kind} if kind else None


def html_to_entities(html: str) -> tuple[str, list[dict[str, Any]]]:
    """(visible text, entities sorted by offset) of a Telegram HTML text."""
    text: list[str] = []
    position = 0  # UTF-16 units written so far
    open_entities: list[tuple[str, dict[str, Any] | None, int]] = []
    entities: list[dict[str, Any]] = []
    for token in _tokens(html):
        if token.kind == "text":
            text.append(token.value)
            position += utf16_len(token.value)
        elif token.kind == "error":
            text.append(html[token.offset])
            position += 1
        elif token.kind == "start":
            open_entities.append((token.value, _entity(token), position))
        else:
            _close(token.value, open_entities, entities, position)
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(text), _with_code_language(entities)


def _close(
    name: str,
    open_entities: list[tuple[str, dict[str, Any] | None, int]],
    entities: list[dict[str, Any]],
    position: int,
) -> None:
    for index in range(len(open_entities) - 1, -1, -1):
        tag, entity, start = open_entities[index]
        if tag != name:
            continue
        del open_entities[index]
        if entity is not None and position > start:
            entities.append({**entity, "offset": start, "length": position - start})
        return


def _with_code_language(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``<pre><code>`` is one ``pre`` entity in Telegram, not a pre and a code."""
    pres = [(e["offset"], e["length"]) for e in entities if e["type"] == "pre"]
    return [
        e for e in entities if not (e["type"] == "code" and (e["offset"], e["length"]) in pres)
    ]
