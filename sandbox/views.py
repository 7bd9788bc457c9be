"""What the page shows of a message: JSON built from the fake's records, never HTML.

Bot text arrives as Telegram HTML; here it becomes plain text plus Telegram's entities
(:func:`fake_telegram.entities.html_to_entities`), from which the page builds DOM nodes. No
string of the bot's or of a person's ever reaches the page as markup.
"""

from __future__ import annotations

import json
from typing import Any

from fake_telegram.entities import html_to_entities
from fake_telegram.objects import JsonDict

#: Message fields holding something sent as a file (what the page offers to open or download).
FILE_KINDS = ("photo", "voice", "audio", "document", "video", "animation", "video_note", "sticker")
OTHER_KINDS = ("contact", "location", "venue", "poll", "dice")
SERVICE_KINDS = (
    "forum_topic_created",
    "forum_topic_edited",
    "forum_topic_closed",
    "forum_topic_reopened",
)
SNIPPET = 120  # characters of a replied-to message shown in the quote


def message_view(message: JsonDict, record: JsonDict | None, seen_at: str) -> JsonDict:
    """The page's view of one message; ``record`` is the fake's record of a bot message."""
    text, entities = _text_of(message, record)
    sender = message.get("from") or {}
    view: JsonDict = {
        "key": message_key(message["chat"]["id"], message["message_id"]),
        "chat_id": message["chat"]["id"],
        "message_id": message["message_id"],
        "thread_id": message.get("message_thread_id") if message.get("is_topic_message") else None,
        "from": {
            "id": sender.get("id"),
            "name": sender.get("first_name", ""),
            "is_bot": bool(sender.get("is_bot")),
        },
        "date": seen_at,
        "text": text,
        "entities": entities,
        "media": _media_of(message),
        "reply_to": _reply_of(message),
        "buttons": _inline_buttons(message),
        "service": _service_of(message),
        "edited": "edit_date" in message,
        "forwarded": "forward_origin" in message,
    }
    return view


def message_key(chat_id: int, message_id: int) -> str:
    return f"m:{chat_id}:{message_id}"


def _text_of(message: JsonDict, record: JsonDict | None) -> tuple[str, list[JsonDict]]:
    raw = record.get("html") if record else None
    parse_mode = record.get("parse_mode") if record else None
    if isinstance(raw, str) and isinstance(parse_mode, str) and parse_mode.lower() == "html":
        return html_to_entities(raw)
    if "text" in message:
        return str(message["text"]), list(message.get("entities") or [])
    return str(message.get("caption") or ""), list(message.get("caption_entities") or [])


def _media_of(message: JsonDict) -> JsonDict | None:
    for kind in FILE_KINDS:
        content = message.get(kind)
        if content is None:
            continue
        item = content[-1] if isinstance(content, list) else content
        return {
            "kind": kind,
            "file_name": item.get("file_name") if isinstance(item, dict) else None,
            "mime_type": item.get("mime_type") if isinstance(item, dict) else None,
            "url": f"/api/file/{message['chat']['id']}/{message['message_id']}",
        }
    if "contact" in message:
        contact = message["contact"]
        return {
            "kind": "contact",
            "phone_number": str(contact.get("phone_number", "")),
            "first_name": str(contact.get("first_name", "")),
        }
    other = next((k for k in OTHER_KINDS if k in message), None)
    return {"kind": other} if other else None


def file_of(message: JsonDict) -> JsonDict | None:
    """The file field (the largest photo size) of a message, if it has one."""
    for kind in FILE_KINDS:
        content = message.get(kind)
        if content is not None:
            item = content[-1] if isinstance(content, list) else content
            return item if isinstance(item, dict) else None
    return None


def _reply_of(message: JsonDict) -> JsonDict | None:
    """A quote of the message replied to; a topic's root message is no reply to show."""
    target = message.get("reply_to_message")
    if isinstance(target, dict) and not any(k in target for k in SERVICE_KINDS):
        text = target.get("text") or target.get("caption") or ""
        media = _media_of(target)
        return {
            "message_id": target.get("message_id"),
            "name": (target.get("from") or {}).get("first_name", ""),
            "text": str(text)[:SNIPPET],
            "kind": media["kind"] if media else None,
        }
    external = message.get("external_reply")
    if isinstance(external, dict):
        origin = (external.get("origin") or {}).get("sender_user") or {}
        return {"message_id": None, "name": origin.get("first_name", ""), "text": "", "kind": None}
    return None


def _inline_buttons(message: JsonDict) -> list[list[JsonDict]]:
    markup = message.get("reply_markup")
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [[_button(button) for button in row] for row in rows]


def _button(button: JsonDict) -> JsonDict:
    kept: JsonDict = {"text": str(button.get("text", ""))}
    for field in ("callback_data", "url", "copy_text"):
        if field in button:
            kept[field] = button[field]["text"] if field == "copy_text" else str(button[field])
    return kept


def _service_of(message: JsonDict) -> JsonDict | None:
    for kind in SERVICE_KINDS:
        if kind in message:
            details = message[kind] or {}
            return {"kind": kind, "name": details.get("name")}
    return None


def keyboard_view(markup: Any) -> JsonDict | None:
    """A reply keyboard as the page draws it, or None when the bot removed it."""
    if not isinstance(markup, dict) or "keyboard" not in markup:
        return None
    rows = [[_reply_button(button) for button in row] for row in markup["keyboard"]]
    return {
        "rows": rows,
        "one_time": bool(markup.get("one_time_keyboard")),
        "placeholder": str(markup.get("input_field_placeholder") or ""),
    }


def _reply_button(button: Any) -> JsonDict:
    if not isinstance(button, dict):  # a bare string is a text button
        return {"text": str(button), "request_contact": False}
    return {
        "text": str(button.get("text", "")),
        "request_contact": bool(button.get("request_contact")),
    }
