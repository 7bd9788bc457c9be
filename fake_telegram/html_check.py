"""Telegram's ``parse_mode=HTML`` dialect: validation and visible-text extraction.

Telegram accepts only a small set of tags (see "Formatting options" in the Bot API
docs).  Every tag must be closed and properly nested, a ``<`` that does not start
a tag is an error ("Unsupported start tag" / "Empty tag name").  The docs promise
only four named entities (``&lt; &gt; &amp; &quot;``) plus numeric ones.

This checker is deliberately a little stricter than the real server: Telegram
keeps an unknown entity such as ``&nbsp;`` or a bare ``&``/``>`` as literal text,
but in bot code these almost always mean that user input was not passed through
``html.escape``, so the fake reports them.  Attribute values are not checked for
``&`` (URLs in ``href`` are built by the bot, not typed by users).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["ALLOWED_TAGS", "check_telegram_html", "formatting", "utf16_len", "visible_text"]

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
        "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji", "tg-time",
    }
)  # fmt: skip

_NAME = r"[a-zA-Z][a-zA-Z0-9-]*"
_ATTR_VALUE = r"\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+"
_ATTR = rf"({_NAME})(?:\s*=\s*({_ATTR_VALUE}))?"
_START_TAG = re.compile(rf"<({_NAME})((?:\s+{_ATTR})*)\s*>")
_END_TAG = re.compile(rf"</({_NAME})\s*>")
_ATTR_RE = re.compile(_ATTR)
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot);|#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});)")
_PLAIN = re.compile(r"[^<>&]+")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


@dataclass(frozen=True)
class _Token:
    """One lexical piece of the HTML: text, a start tag, an end tag or an error."""

    kind: Literal["text", "start", "end", "error"]
    value: str
    offset: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram uses for all text limits."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    """Telegram reports parse errors as UTF-8 byte offsets."""
    return len(text[:index].encode("utf-8"))


def _unquote(raw: str | None) -> str:
    if raw is None:
        return ""
    if raw[:1] in {'"', "'"}:
        raw = raw[1:-1]
    return _unescape_lenient(raw)


def _unescape_lenient(raw: str) -> str:
    return _ENTITY.sub(lambda m: _decode_entity(m) or m.group(0), raw)


def _decode_entity(match: re.Match[str]) -> str | None:
    """Decode one supported entity; ``None`` for an invalid code point."""
    named, dec, hexa = match.groups()
    if named:
        return _NAMED[named]
    code = int(dec, 10) if dec else int(hexa, 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _read_tag(text: str, pos: int) -> _Token:
    """Tokenise the tag starting with ``<`` at ``pos``."""
    if end := _END_TAG.match(text, pos):
        return _Token("end", end.group(1).lower(), pos, end.end())
    if start := _START_TAG.match(text, pos):
        attrs = {
            m.group(1).lower(): _unquote(m.group(2)) for m in _ATTR_RE.finditer(start.group(2))
        }
        return _Token("start", start.group(1).lower(), pos, start.end(), attrs)
    offset = _byte_offset(text, pos)
    nxt = text[pos + 1 : pos + 2]
    if nxt.isalpha() or nxt == "/":
        return _Token("error", f"Unclosed or malformed tag at byte offset {offset}", pos, pos + 1)
    return _Token("error", f'Bare "<" at byte offset {offset}; escape it as &lt;', pos, pos + 1)


def _read_entity(text: str, pos: int) -> _Token:
    """Tokenise the ``&...;`` entity at ``pos``."""
    match = _ENTITY.match(text, pos)
    decoded = _decode_entity(match) if match else None
    if match is None or decoded is None:
        word = re.match(r"&[#\w]*;?", text[pos:])
        shown = word.group(0) if word else "&"
        offset = _byte_offset(text, pos)
        message = f'Unsupported entity "{shown}" at byte offset {offset}; escape "&" as &amp;'
        return _Token("error", message, pos, pos + 1)
    return _Token("text", decoded, pos, match.end())


def _tokens(text: str) -> Iterator[_Token]:
    """Split Telegram HTML into tokens; errors are tokens too so scanning continues."""
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == "<":
            token = _read_tag(text, pos)
        elif char == "&":
            token = _read_entity(text, pos)
        elif char == ">":
            offset = _byte_offset(text, pos)
            message = f'Bare ">" at byte offset {offset}; escape it as &gt;'
            token = _Token("error", message, pos, pos + 1)
        else:
            plain = _PLAIN.match(text, pos)
            assert plain is not None
            token = _Token("text", plain.group(0), pos, plain.end())
        yield token
        pos = token.end


def _check_attributes(token: _Token, offset: int) -> list[str]:
    """Telegram's per-tag attribute requirements."""
    name, attrs = token.value, token.attrs
    if name == "a" and not attrs.get("href"):
        return [f'Tag "a" at byte offset {offset} must have a non-empty href attribute']
    if name == "span" and attrs.get("class") != "tg-spoiler":
        return [f'Tag "span" at byte offset {offset} must have class "tg-spoiler"']
    if name == "tg-emoji" and not attrs.get("emoji-id"):
        return [f'Tag "tg-emoji" at byte offset {offset} must have attribute "emoji-id"']
    if name == "tg-time" and not attrs.get("unix"):
        return [f'Tag "tg-time" at byte offset {offset} must have attribute "unix"']
    return []


def _check_start(token: _Token, stack: list[_Token], text: str) -> list[str]:
    offset = _byte_offset(text, token.offset)
    if token.value not in ALLOWED_TAGS:
        return [f'Unsupported start tag "{token.value}" at byte offset {offset}']
    problems = _check_attributes(token, offset)
    if token.value == "blockquote" and any(t.value == "blockquote" for t in stack):
        problems.append(f"Blockquote entities can't be nested (byte offset {offset})")
    return problems


def _check_end(token: _Token, stack: list[_Token], text: str) -> list[str]:
    offset = _byte_offset(text, token.offset)
    if not stack:
        return [f'Unexpected end tag "{token.value}" at byte offset {offset}']
    if stack[-1].value == token.value:
        stack.pop()
        return []
    expected = stack[-1].value
    if any(t.value == token.value for t in stack):
        while stack and stack[-1].value != token.value:
            stack.pop()
        stack.pop()
    return [
        f'Unmatched end tag at byte offset {offset}, expected "</{expected}>", '
        f'found "</{token.value}>"'
    ]


def check_telegram_html(text: str) -> list[str]:
    """Return the reasons Telegram would refuse ``text`` with ``parse_mode=HTML``.

    An empty list means the markup is acceptable.  Messages imitate Telegram's own
    ``can't parse entities`` descriptions, including UTF-8 byte offsets.
    """
    problems: list[str] = []
    stack: list[_Token] = []
    for token in _tokens(text):
        if token.kind == "error":
            problems.append(token.value)
        elif token.kind == "start":
            problems.extend(_check_start(token, stack, text))
            stack.append(token)
        elif token.kind == "end":
            problems.extend(_check_end(token, stack, text))
    for open_tag in stack:
        offset = _byte_offset(text, open_tag.offset)
        problems.append(f'Unclosed start tag "{open_tag.value}" at byte offset {offset}')
    return problems


def visible_text(html: str) -> str:
    """What the user sees: tags removed, supported entities decoded.

    Malformed pieces (a bare ``<`` or ``&``) are kept literally, as Telegram would
    show them if it accepted the text.
    """
    parts: list[str] = []
    for token in _tokens(html):
        if token.kind == "text":
            parts.append(token.value)
        elif token.kind == "error":
            parts.append(html[token.offset])
    return "".join(parts)


#: Tags that mean the same entity (Telegram makes ``<strong>`` a bold entity, as ``<b>``).
_SAME_ENTITY = {"strong": "b", "em": "i", "ins": "u", "strike": "s", "del": "s"}

#: One formatting entity: its kind, its attributes and where it lies in the visible text.
Entity = tuple[str, tuple[tuple[str, str], ...], int, int]


def formatting(html: str) -> tuple[str, tuple[Entity, ...]]:
    """The visible text and its entities, as Telegram keeps a message: two spellings of the
    same formatting (``<b>`` and ``<strong>``, ``"`` and ``&quot;``) give the same result.
    Entities that cover no text are dropped, as Telegram drops them."""
    parts: list[str] = []
    length = 0
    opened: list[tuple[str, tuple[tuple[str, str], ...], int]] = []
    entities: list[Entity] = []
    for token in _tokens(html):
        if token.kind in {"text", "error"}:
            piece = token.value if token.kind == "text" else html[token.offset]
            parts.append(piece)
            length += len(piece)
        elif token.kind == "start":
            name = _SAME_ENTITY.get(token.value, token.value)
            opened.append((name, tuple(sorted(token.attrs.items())), length))
        elif opened:
            name, attrs, start = opened.pop()
            if length > start:
                entities.append((name, attrs, start, length))
    return "".join(parts), tuple(sorted(entities, key=lambda e: (e[2], -e[3], e[0])))
