"""Realistic Telegram objects (users, chats, messages, media) for the fake server.

Shapes follow the spec so aiogram can deserialize them: media placeholders are
built from the spec by filling every required field, which keeps them valid when
the spec changes.
"""

from __future__ import annotations

import itertools
import mimetypes
import time
from typing import Any

from .spec import BotApiSpec, FieldSpec

__all__ = ["JsonDict", "ObjectFactory", "chat_for", "user_object"]

JsonDict = dict[str, Any]

#: Bot API method -> the Message field it fills (sendPhoto -> "photo", ...).
MEDIA_METHODS: dict[str, str] = {
    "sendPhoto": "photo",
    "sendDocument": "document",
    "sendAudio": "audio",
    "sendVideo": "video",
    "sendAnimation": "animation",
    "sendVoice": "voice",
    "sendVideoNote": "video_note",
    "sendSticker": "sticker",
    "sendLocation": "location",
    "sendVenue": "venue",
    "sendContact": "contact",
    "sendDice": "dice",
    "sendPoll": "poll",
}

_SCALAR_SAMPLES: dict[str, Any] = {"Integer": 1, "Float": 1.0, "Boolean": False}


def user_object(
    user_id: int, first_name: str = "Test", language_code: str | None = "ru"
) -> JsonDict:
    """A human ``User`` as Telegram sends it in updates."""
    user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        user["language_code"] = language_code
    return user


def chat_for(
    chat_id: int, first_name: str = "Test", *, title: str | None = None, is_forum: bool = False
) -> JsonDict:
    """Private chat for positive ids (the user's id), supergroup for negative ones.

    Forum supergroups (topics enabled) carry ``is_forum: true``; Telegram omits the
    field for other chats.
    """
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": first_name}
    chat: JsonDict = {"id": chat_id, "type": "supergroup", "title": title or f"Group {chat_id}"}
    if is_forum:
        chat["is_forum"] = True
    return chat


class ObjectFactory:
    """Builds spec-shaped objects with unique file ids."""

    def __init__(self, spec: BotApiSpec) -> None:
        self.spec = spec
        self._ids = itertools.count(1)

    def file_id(self, prefix: str = "file") -> str:
        return f"FAKE-{prefix}-{next(self._ids)}"

    def placeholder(self, type_name: str, depth: int = 0) -> Any:
        """Minimal valid object of ``type_name``: required fields with sample values."""
        if type_name in _SCALAR_SAMPLES:
            return _SCALAR_SAMPLES[type_name]
        if type_name in {"String", "InputFile"} or depth > 4:
            return "sample"
        if type_name.startswith("Array of "):
            return [self.placeholder(type_name.removeprefix("Array of "), depth + 1)]
        if subtypes := self.spec.subtypes(type_name):
            return self.placeholder(subtypes[0], depth + 1)
        fields = self.spec.type_fields(type_name) or {}
        return {f.name: self._sample(f, depth) for f in fields.values() if f.required}

    def _sample(self, field: FieldSpec, depth: int) -> Any:
        if field.constant is not None:
            return field.constant
        if field.name == "file_id":
            return self.file_id()
        if field.name == "file_unique_id":
            return self.file_id("unique")
        if field.name in {"width", "height", "length"}:
            return 512
        return self.placeholder(field.types[0], depth + 1)

    def media(
        self,
        kind: str,
        file_id: str | None = None,
        *,
        file_name: str | None = None,
        file_size: int | None = None,
    ) -> Any:
        """Content of a Message field such as ``photo`` (a list of sizes) or ``sticker``.

        ``file_name``/``file_size`` describe an uploaded file; they (and a MIME type
        guessed from the name) are set where the type has such fields.
        """
        fields = self.spec.type_fields("Message") or {}
        field = fields.get(kind)
        if field is None:
            raise ValueError(f"Message has no field {kind!r}")
        content = self.placeholder(field.types[0])
        target = content[-1] if isinstance(content, list) else content
        if not isinstance(target, dict):
            return content
        if file_id and "file_id" in target:
            target["file_id"] = file_id
        mime_type = mimetypes.guess_type(file_name)[0] if file_name else None
        own = self.spec.type_fields(field.types[0].removeprefix("Array of ")) or {}
        extra = {"file_name": file_name, "file_size": file_size, "mime_type": mime_type}
        target.update({k: v for k, v in extra.items() if v is not None and k in own})
        return content

    @staticmethod
    def message(message_id: int, chat: JsonDict, sender: JsonDict, **content: Any) -> JsonDict:
        """A ``Message`` with the current date."""
        msg: JsonDict = {"message_id": message_id, "date": int(time.time()), "chat": chat}
        msg["from"] = sender
        msg.update({k: v for k, v in content.items() if v is not None})
        return msg
