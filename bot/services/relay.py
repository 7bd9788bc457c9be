"""What the relay carries between the migrant's private chat and the staff chat: a message as
one side wrote it, the same after its author edited it, where its copy goes and how an edit
reaches that copy. Pure: the service (bot/services/requests.py) records and queues, the
outbox sender (bot/services/outbox.py, bot/services/copy_edits.py) delivers.

The two directions have one shape: a migrant's message ('in') is copied into the request's
topic, an operator's answer ('out') into the migrant's chat; each side keeps its own message
ids (``Side``), and a copy is found through the thread row that holds both.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from aiogram.enums import ContentType
from aiogram.types import Message

from bot.db.outbox import EditHow
from bot.db.requests import NewMessage, Request, RequestMessage, written_on
from bot.i18n import Translator
from bot.telegram.lengths import CAPTION_LIMIT, MESSAGE_LIMIT, clip, telegram_length

MAX_TEXT = 4000  # characters of a text or caption the thread keeps
ATTACHMENT_KINDS = ("photo", "voice", "document", "video", "audio", "video_note")


@dataclass(frozen=True)
class Content:
    """What a Telegram message holds, as a thread records it."""

    kind: str
    text: str | None
    file_id: str | None


def content_of(message: Message) -> Content:
    """Kind, text (or caption) and file id of a message; never reads anything else."""
    text = message.text or message.caption
    if message.photo:
        return Content("photo", text, message.photo[-1].file_id)
    for kind in ATTACHMENT_KINDS[1:]:
        media = getattr(message, kind, None)
        if media is not None:
            return Content(kind, text, media.file_id)
    if message.text is not None:
        return Content("text", text, None)
    return Content(ContentType(message.content_type).value, text, None)


@dataclass(frozen=True)
class Written:
    """A message one side wrote into a request's thread: the shape both relay directions
    share. ``direction``: 'in' (the migrant's), 'out' (an operator's answer) or 'note';
    ``chat_id``/``message_id``: where it was written."""

    direction: str
    chat_id: int
    message_id: int
    content: Content
    author_id: int | None = None

    def record(self) -> NewMessage:
        """Its row in the thread, with its id on the side it was written on."""
        mine = written_on(self.direction) == "user"
        return NewMessage(
            self.direction,
            self.content.kind,
            text=clip_stored(self.content.text),
            file_id=self.content.file_id,
            author_id=self.author_id,
            user_message_id=self.message_id if mine else None,
            staff_message_id=None if mine else self.message_id,
            staff_chat_id=None if mine else self.chat_id,
        )


@dataclass(frozen=True)
class Edited:
    """A message as it is after its author edited it: the content, and its text or caption
    as Telegram HTML (escaped, the author's formatting kept)."""

    chat_id: int
    message_id: int
    content: Content
    html: str


def edited_of(message: Message) -> Edited:
    return Edited(message.chat.id, message.message_id, content_of(message), message.html_text)


def other_side_of(request: Request, direction: str) -> tuple[int, int | None]:
    """Where the copy of a message of ``direction`` goes: (chat, request id of its outbox
    lane). A staff chat's rows carry the request (its topic is found when sent); a private
    chat is one lane for all of the migrant's requests."""
    if written_on(direction) == "user":
        return request.staff_chat_id, request.id
    return user_id_of(request), None


def replied_in_topic(message: Message) -> int | None:
    """The staff chat message an operator's message replies to, if it is a real reply."""
    replied = message.reply_to_message
    if replied is None or replied.message_id == message.message_thread_id:
        return None  # in a topic every message "replies" to the topic's first message
    return replied.message_id


def edit_how(before: RequestMessage, after: Content) -> EditHow:
    """How the copy can follow: its text or caption edited, or, when the media changed (a
    photo replaced, another kind), the new version posted as a reply to it."""
    if after.kind == "text":
        return "text"
    if before.kind != after.kind or before.file_id != after.file_id:
        return "repost"
    return "caption"


def marked(t: Translator, edited: Edited) -> str:
    """The new version with the "edited" mark, within the text or caption limit (the
    author's formatting kept when it fits whole, else the plain text, cut)."""
    limit = MESSAGE_LIMIT if edited.content.kind == "text" else CAPTION_LIMIT
    mark = t("request-edited-mark")
    plain = edited.content.text or ""
    room = limit - telegram_length(mark) - 1  # the mark's markup counts as text: on the safe side
    body = edited.html if telegram_length(plain) <= room else html.escape(clip(plain, room))
    return f"{mark}\n{body}" if body else mark


def user_id_of(request: Request) -> int:
    """The migrant of a request that still has one (checked in the caller's transaction)."""
    assert request.user_id is not None
    return request.user_id


def clip_stored(text: str | None) -> str | None:
    return text[:MAX_TEXT] if text else text
