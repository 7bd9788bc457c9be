"""What a person does on the page, done through the fake exactly as a Telegram app would:
each becomes an update the bot fetches with getUpdates. Bad input raises :class:`RefusedError`
with a sentence for the page, and changes nothing."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from bot.db import clock
from fake_telegram import FakeTelegram
from fake_telegram.html_check import utf16_len
from fake_telegram.objects import JsonDict, user_object
from sandbox.hub import Hub, clock_view
from sandbox.views import message_key
from sandbox.world import STAFF_CHAT_ID, People, Person

TEXT_LIMIT = 4096  # what a Telegram app lets a person send in one message
CAPTION_LIMIT = 1024
FILE_LIMIT = 20 * 1024 * 1024  # the sandbox keeps files in memory
CALLBACK_DATA_LIMIT = 64
#: Reactions every chat allows (Telegram's standard set, a few of them).
REACTIONS = ("👍", "👎", "❤", "🔥", "🙏", "😢", "🎉", "👌")
UPLOAD_KINDS = ("photo", "voice", "document")
PHOTO_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")
MAX_CLOCK_STEP = timedelta(days=30)
_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]+)?")


class RefusedError(ValueError):
    """The page asked for something a Telegram app would not do; the message says what."""


class Actions:
    def __init__(self, fake: FakeTelegram, hub: Hub, people: People) -> None:
        self.fake = fake
        self.hub = hub
        self.people = people

    # --- who and where ------------------------------------------------------------------------

    def person(self, person_id: object) -> Person:
        person = self.people.get(person_id)
        if person is None:
            raise RefusedError("no such person in the sandbox")
        return person

    def chat_for(
        self, person: Person, chat_id: object, thread_id: object = None, *, writing: bool = True
    ) -> int | None:
        """Check ``person`` may write in ``chat_id`` (and its topic: a closed one only if they
        are the group's admin, unless not ``writing``); the thread id, if any."""
        if not isinstance(chat_id, int) or not person.can_use(chat_id):
            raise RefusedError(f"{person.name} is not in that chat")
        if thread_id is None:
            return None
        if not isinstance(thread_id, int) or chat_id != STAFF_CHAT_ID:
            raise RefusedError("topics exist only in the staff forum")
        topic = self.fake.store.live_topic(chat_id, thread_id)
        if topic is None:
            raise RefusedError("this topic was deleted")
        if writing and topic["closed"] and not self.fake.store.is_group_admin(chat_id, person.id):
            raise RefusedError("this topic is closed: only the group's admins write here")
        return thread_id

    def _reply_to(self, chat_id: int, reply_to: object) -> int | None:
        if reply_to is None:
            return None
        if not isinstance(reply_to, int) or self.fake.store.find_any(chat_id, reply_to) is None:
            raise RefusedError("the message to reply to is gone")
        return reply_to

    # --- messages ------------------------------------------------------------------------------

    def send_text(
        self, person: Person, chat_id: int, thread_id: int | None, text: object, reply_to: object
    ) -> JsonDict:
        if not isinstance(text, str) or not text.strip():
            raise RefusedError("the message is empty")
        if utf16_len(text) > TEXT_LIMIT:
            raise RefusedError(f"a message holds at most {TEXT_LIMIT} characters")
        content = {"text": text, "entities": command_entities(text)}
        return self._send(person, chat_id, thread_id, content, reply_to)

    def send_file(
        self,
        person: Person,
        chat_id: int,
        thread_id: int | None,
        upload: tuple[str, bytes, str | None, str | None],
        caption: object,
    ) -> JsonDict:
        """``upload`` is (kind, bytes, file name, MIME type) from the page's file picker."""
        kind, content, file_name, mime_type = upload
        if kind not in UPLOAD_KINDS:
            raise RefusedError(f"send a {', '.join(UPLOAD_KINDS)}")
        if not content:
            raise RefusedError("the file is empty")
        if len(content) > FILE_LIMIT:
            raise RefusedError(f"the sandbox takes files up to {FILE_LIMIT // 1024 // 1024} MB")
        if kind == "photo" and mime_type not in PHOTO_TYPES:
            raise RefusedError("a photo is a PNG, JPEG, GIF or WebP picture (else: a document)")
        if caption is not None and not isinstance(caption, str):
            raise RefusedError("the caption must be text")
        if caption and utf16_len(caption) > CAPTION_LIMIT:
            raise RefusedError(f"a caption holds at most {CAPTION_LIMIT} characters")
        media = self.fake.add_file(kind, content, file_name, mime_type)
        message: JsonDict = {kind: media}
        if caption:
            message.update(caption=caption, caption_entities=command_entities(caption))
        return self._send(person, chat_id, thread_id, message, None)

    def share_contact(self, person: Person) -> JsonDict:
        """The reply keyboard's contact button: the person's own, made-up phone number."""
        update = self.fake.user_contact(
            person.id,
            self.people.phone_of(person),
            first_name=person.name,
            language_code=person.language,
        )
        self.hub.person_sent(person.id)
        return dict(update["message"])

    def _send(
        self,
        person: Person,
        chat_id: int,
        thread_id: int | None,
        content: JsonDict,
        reply_to: object,
    ) -> JsonDict:
        update = self.fake.message_from(
            chat_id,
            person.id,
            content,
            thread_id=thread_id,
            reply_to=self._reply_to(chat_id, reply_to),
            first_name=person.name,
            language_code=person.language,
        )
        self.hub.person_sent(chat_id)
        return dict(update["message"])

    # --- buttons, reactions, topics --------------------------------------------------------------

    def press(self, person: Person, chat_id: int, message_id: object, data: object) -> str:
        """Press an inline button; returns the callback query's id (its answer stops the
        page's spinner)."""
        if not isinstance(message_id, int):
            raise RefusedError("that message is gone")
        record = self.fake.messages.get((chat_id, message_id))
        if record is None:
            raise RefusedError("that message is gone")
        if not isinstance(data, str) or data not in _callback_data(record):
            raise RefusedError("that message has no such button (any more)")
        if chat_id == person.id:
            update = self.fake.user_callback(
                person.id, message_id, data, language_code=person.language
            )
        else:
            update = self.fake.group_callback(
                chat_id, person.id, message_id, data,
                first_name=person.name, language_code=person.language,
            )  # fmt: skip
        return str(update["callback_query"]["id"])

    def react(self, person: Person, chat_id: int, message_id: object, emoji: object) -> None:
        """Toggle the person's reaction; the bot hears of it only if it asked for such updates."""
        if not isinstance(message_id, int) or not self.fake.store.find_any(chat_id, message_id):
            raise RefusedError("that message is gone")
        if emoji not in REACTIONS:
            raise RefusedError(f"reactions here: {' '.join(REACTIONS)}")
        key = message_key(chat_id, message_id)
        old = self.hub.reactions.get(key, {}).get(person.id, [])
        new = [] if old == [emoji] else [str(emoji)]
        self.hub.set_reaction(key, person.id, new)
        if "message_reaction" in (self.hub.allowed_updates or []):
            where = (self.fake.store.chat(chat_id), message_id)
            reaction = _reaction_update(where, person, old, new)
            self.fake.push_update({"message_reaction": reaction})

    def delete_topic(self, person: Person, thread_id: object) -> None:
        """Staff delete a topic by hand: the bot learns of it only when it writes there."""
        if not person.is_staff:
            raise RefusedError("only staff can delete a topic")
        checked = self.chat_for(person, STAFF_CHAT_ID, thread_id, writing=False)
        assert checked is not None
        self.fake.delete_topic(STAFF_CHAT_ID, checked)
        self.hub.refresh(STAFF_CHAT_ID)


def command_entities(text: str) -> list[JsonDict]:
    """``bot_command`` entities, as a Telegram app marks /commands in what a person types."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: match.start()]),
            "length": utf16_len(match.group(0)),
        }
        for match in _COMMAND.finditer(text)
    ]


def _callback_data(record: JsonDict) -> set[str]:
    markup = record.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return {str(b["callback_data"]) for row in rows for b in row if "callback_data" in b}


def _reaction_update(
    where: tuple[JsonDict, int], person: Person, old: list[str], new: list[str]
) -> dict[str, Any]:
    """A ``MessageReactionUpdated`` for the message ``where`` = (chat, message_id)."""
    return {
        "chat": where[0],
        "message_id": where[1],
        "user": user_object(person.id, person.name, person.language),
        "date": int(clock.utc_now().timestamp()),
        "old_reaction": [{"type": "emoji", "emoji": e} for e in old],
        "new_reaction": [{"type": "emoji", "emoji": e} for e in new],
    }


def parse_clock_step(body: JsonDict) -> timedelta:
    """``{"hours": 1}`` or ``{"days": 1}`` from the clock control."""
    hours, days = body.get("hours", 0), body.get("days", 0)
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (hours, days)):
        raise RefusedError("move the clock by whole hours or days")
    step = timedelta(hours=hours, days=days)
    if not timedelta(0) < step <= MAX_CLOCK_STEP:
        raise RefusedError("move the clock forward by one hour up to 30 days")
    return step


__all__ = ["Actions", "RefusedError", "clock_view", "command_entities", "parse_clock_step"]
