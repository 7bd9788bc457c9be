"""Telegram limits that the machine-readable spec only states in prose.

The real server counts text lengths after entity parsing, in UTF-16 code units,
and answers ``400 Bad Request`` with short descriptions such as
``message is too long`` or ``BUTTON_DATA_INVALID``; the problems below start
with the same words so bot code that matches on them behaves as in production.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from .html_check import check_telegram_html, utf16_len, visible_text

__all__ = [
    "CALLBACK_ANSWER_LIMIT",
    "CALLBACK_DATA_LIMIT",
    "CAPTION_LIMIT",
    "MAX_COMMANDS",
    "TEXT_LIMIT",
    "TOPIC_ICON_COLORS",
    "TOPIC_NAME_LIMIT",
    "check_call_limits",
    "check_formatted_text",
    "check_object_limits",
    "check_uploads",
    "rendered_text",
]

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
CALLBACK_ANSWER_LIMIT = 200
MAX_COMMANDS = 100
COMMAND_DESCRIPTION_LIMIT = 256
GET_UPDATES_LIMIT = 100
MEDIA_GROUP_MIN = 2
MEDIA_GROUP_MAX = 10
TOPIC_NAME_LIMIT = 128
#: The only icon colours createForumTopic accepts (0x6FB9F0, 0xFFD67E, ...).
TOPIC_ICON_COLORS = (7322096, 16766590, 13338331, 9367192, 16749490, 16478047)

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_PARSE_MODES = frozenset({"html", "markdown", "markdownv2"})
#: InlineKeyboardButton fields that do not define what the button does.
_PASSIVE_BUTTON_FIELDS = frozenset({"text", "icon_custom_emoji_id", "style"})
_TEXT_METHODS = frozenset({"sendMessage", "editMessageText"})
_EDIT_METHODS = frozenset(
    {
        "editMessageText",
        "editMessageCaption",
        "editMessageMedia",
        "editMessageReplyMarkup",
        "editMessageLiveLocation",
        "editMessageChecklist",
        "stopMessageLiveLocation",
    }
)

Params = Mapping[str, Any]

#: Uploads: 50 MB for any file a bot sends, 10 MB for a photo, whose width and height add up
#: to at most 10,000 pixels with a ratio of at most 20 (the Bot API's sendPhoto).
UPLOAD_LIMIT = 50 * 1024 * 1024
PHOTO_UPLOAD_LIMIT = 10 * 1024 * 1024
PHOTO_SIDES_LIMIT = 10_000
PHOTO_RATIO_LIMIT = 20
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def rendered_text(value: str, parse_mode: object) -> str:
    """Text as displayed: HTML is parsed, other modes are counted as sent.

    Markdown modes are not parsed by the fake; their raw length over-estimates
    the visible length, which errs on the safe side for the length limits.
    """
    if isinstance(parse_mode, str) and parse_mode.lower() == "html":
        return visible_text(value)
    return value


def _parse_problems(value: str, parse_mode: object, field: str) -> list[str]:
    if parse_mode is None or parse_mode == "":
        return []
    if not isinstance(parse_mode, str) or parse_mode.lower() not in _PARSE_MODES:
        return [f"unsupported parse_mode {parse_mode!r} (use HTML, MarkdownV2 or Markdown)"]
    if parse_mode.lower() != "html":
        return []
    return [f"can't parse entities in {field}: {p}" for p in check_telegram_html(value)]


def check_formatted_text(
    value: object, parse_mode: object, *, field: str, limit: int, allow_empty: bool
) -> list[str]:
    """Check a text/caption the way Telegram does: parse, then count UTF-16 units."""
    if not isinstance(value, str):
        return []
    problems = _parse_problems(value, parse_mode, field)
    shown = rendered_text(value, parse_mode)
    size = utf16_len(shown)
    kind = "message caption" if "caption" in field else "message"
    if not allow_empty and not shown.strip():
        problems.append(f"{kind} text is empty: {field} has no visible characters")
    if size > limit:
        problems.append(
            f"{kind} is too long: {field} has {size} UTF-16 code units after "
            f"entity parsing, the limit is {limit}"
        )
    return problems


def _message_text(method: str, params: Params) -> list[str]:
    if method not in _TEXT_METHODS or "text" not in params:
        return []
    return check_formatted_text(
        params["text"], params.get("parse_mode"), field="text", limit=TEXT_LIMIT, allow_empty=False
    )


def _caption(method: str, params: Params) -> list[str]:
    if "caption" not in params:
        return []
    return check_formatted_text(
        params["caption"],
        params.get("parse_mode"),
        field="caption",
        limit=CAPTION_LIMIT,
        allow_empty=True,
    )


def _callback_answer(method: str, params: Params) -> list[str]:
    text = params.get("text")
    if method != "answerCallbackQuery" or not isinstance(text, str):
        return []
    if utf16_len(text) > CALLBACK_ANSWER_LIMIT:
        return [
            f"MESSAGE_TOO_LONG: answerCallbackQuery text has {utf16_len(text)} characters, "
            f"the limit is {CALLBACK_ANSWER_LIMIT}"
        ]
    return []


def _command_count(method: str, params: Params) -> list[str]:
    commands = params.get("commands")
    if method != "setMyCommands" or not isinstance(commands, list):
        return []
    if len(commands) > MAX_COMMANDS:
        return [f"commands: {len(commands)} commands given, at most {MAX_COMMANDS} allowed"]
    return []


def _media_group(method: str, params: Params) -> list[str]:
    """Albums hold 2-10 items; documents and audio only group with their own kind."""
    media = params.get("media")
    if method != "sendMediaGroup" or not isinstance(media, list):
        return []
    problems = []
    if not MEDIA_GROUP_MIN <= len(media) <= MEDIA_GROUP_MAX:
        problems.append(
            f"media: must include {MEDIA_GROUP_MIN}-{MEDIA_GROUP_MAX} items, got {len(media)}"
        )
    kinds = {item.get("type") for item in media if isinstance(item, dict)}
    if len(kinds) > 1 and kinds & {"audio", "document"}:
        problems.append(f"media: {sorted(map(str, kinds))} can't be mixed in one album")
    return problems


def _edit_target(method: str, params: Params) -> list[str]:
    if method not in _EDIT_METHODS or "inline_message_id" in params:
        return []
    if "chat_id" in params and "message_id" in params:
        return []
    return [f"{method}: chat_id and message_id are required if inline_message_id is not given"]


def _edit_text_content(method: str, params: Params) -> list[str]:
    if method != "editMessageText" or "text" in params or "rich_message" in params:
        return []
    return ["editMessageText: text is required (unless rich_message is given)"]


def _topic_name(method: str, params: Params) -> list[str]:
    """createForumTopic needs 1-128 characters; editForumTopic 0-128 (empty keeps it)."""
    name = params.get("name")
    if method not in {"createForumTopic", "editForumTopic"} or not isinstance(name, str):
        return []
    shortest = 1 if method == "createForumTopic" else 0
    size = utf16_len(name)
    if shortest <= size <= TOPIC_NAME_LIMIT:
        return []
    return [
        f"TOPIC_NAME_INVALID: name has {size} characters, "
        f"Telegram allows {shortest}-{TOPIC_NAME_LIMIT}"
    ]


def _topic_icon_color(method: str, params: Params) -> list[str]:
    color = params.get("icon_color")
    if method != "createForumTopic" or not isinstance(color, int) or color in TOPIC_ICON_COLORS:
        return []
    allowed = ", ".join(map(str, TOPIC_ICON_COLORS))
    return [f"icon_color: must be one of {allowed}, got {color}"]


def _updates_limit(method: str, params: Params) -> list[str]:
    limit = params.get("limit")
    if method != "getUpdates" or not isinstance(limit, int):
        return []
    if 1 <= limit <= GET_UPDATES_LIMIT:
        return []
    return [f"limit: must be between 1 and {GET_UPDATES_LIMIT}, got {limit}"]


_CALL_RULES: tuple[Callable[[str, Params], list[str]], ...] = (
    _message_text,
    _caption,
    _callback_answer,
    _command_count,
    _media_group,
    _edit_target,
    _edit_text_content,
    _topic_name,
    _topic_icon_color,
    _updates_limit,
)


def check_call_limits(method: str, params: Params) -> list[str]:
    """Prose limits of a whole call; ``params`` are already JSON-decoded."""
    problems: list[str] = []
    for rule in _CALL_RULES:
        problems.extend(rule(method, params))
    return problems


def _inline_button(obj: Params, path: str) -> list[str]:
    problems: list[str] = []
    actions = sorted(set(obj) - _PASSIVE_BUTTON_FIELDS)
    if len(actions) != 1:
        found = ", ".join(actions) or "none"
        problems.append(
            f"{path}: can't parse inline keyboard button: exactly one of callback_data, "
            f"url, web_app, login_url, switch_inline_query*, copy_text, callback_game, pay "
            f"must be set (found: {found})"
        )
    data = obj.get("callback_data")
    if isinstance(data, str) and not 1 <= len(data.encode("utf-8")) <= CALLBACK_DATA_LIMIT:
        size = len(data.encode("utf-8"))
        problems.append(
            f"{path}.callback_data: BUTTON_DATA_INVALID: {size} bytes in UTF-8, "
            f"Telegram allows 1-{CALLBACK_DATA_LIMIT}"
        )
    return problems


def _bot_command(obj: Params, path: str) -> list[str]:
    problems: list[str] = []
    command, description = obj.get("command"), obj.get("description")
    if isinstance(command, str) and not _COMMAND.fullmatch(command):
        problems.append(
            f"{path}.command: BOT_COMMAND_INVALID: {command!r} must be 1-32 characters "
            f"of a-z, 0-9 and _"
        )
    if isinstance(description, str):
        size = utf16_len(description.strip())
        if not 1 <= size <= COMMAND_DESCRIPTION_LIMIT:
            problems.append(
                f"{path}.description: BOT_COMMAND_DESCRIPTION_INVALID: {size} characters, "
                f"Telegram allows 1-{COMMAND_DESCRIPTION_LIMIT}"
            )
    return problems


def _media_caption(obj: Params, path: str) -> list[str]:
    return check_formatted_text(
        obj.get("caption"),
        obj.get("parse_mode"),
        field=f"{path}.caption",
        limit=CAPTION_LIMIT,
        allow_empty=True,
    )


def _input_text_content(obj: Params, path: str) -> list[str]:
    return check_formatted_text(
        obj.get("message_text"),
        obj.get("parse_mode"),
        field=f"{path}.message_text",
        limit=TEXT_LIMIT,
        allow_empty=False,
    )


_OBJECT_RULES: dict[str, Callable[[Params, str], list[str]]] = {
    "InlineKeyboardButton": _inline_button,
    "BotCommand": _bot_command,
    "InputTextMessageContent": _input_text_content,
}


def check_object_limits(type_name: str, obj: Params, path: str) -> list[str]:
    """Prose limits of one nested object that already matched ``type_name``'s shape."""
    rule = _OBJECT_RULES.get(type_name)
    if rule is not None:
        return rule(obj, path)
    if type_name.startswith("InputMedia") and "caption" in obj:
        return _media_caption(obj, path)
    return []


def check_uploads(method: str, params: Params, files: Mapping[str, bytes]) -> list[str]:
    """What Telegram answers to uploaded files it will not take: too large, or a photo that
    is no image it can read or has sides it refuses. ``params`` are JSON-decoded."""
    problems = [
        f"Request Entity Too Large: the file part {name!r} has {len(content)} bytes"
        for name, content in files.items()
        if len(content) > UPLOAD_LIMIT
    ]
    sent = params.get("photo")
    if method != "sendPhoto" or not isinstance(sent, str):
        return problems
    content = files.get(sent.removeprefix("attach://"), files.get("photo"))
    if content is None:  # a file id
        return problems
    if len(content) > PHOTO_UPLOAD_LIMIT:
        return [*problems, f"PHOTO_SAVE_FILE_INVALID: {len(content)} bytes, at most 10 MB"]
    sides = image_size(content)
    if sides is None:
        return [*problems, "IMAGE_PROCESS_FAILED: not a PNG or JPEG image"]
    width, height = sides
    if width + height > PHOTO_SIDES_LIMIT or max(sides) > PHOTO_RATIO_LIMIT * min(sides):
        problems.append(f"PHOTO_INVALID_DIMENSIONS: {width}x{height}")
    return problems


def image_size(content: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or a baseline/progressive JPEG, else None."""
    if content.startswith(_PNG_SIGNATURE) and content[12:16] == b"IHDR":
        return int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    if not content.startswith(b"\xff\xd8"):
        return None
    at = 2
    while at + 9 < len(content) and content[at] == 0xFF:
        marker, length = content[at + 1], int.from_bytes(content[at + 2 : at + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):  # start of frame: height, then width
            height = int.from_bytes(content[at + 5 : at + 7], "big")
            return int.from_bytes(content[at + 7 : at + 9], "big"), height
        at += 2 + length
    return None
