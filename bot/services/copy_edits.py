"""An 'edit' outbox row reaches the copy on the other side (issue 16).

The row travels in the copy's own lane, so by the time it is sent the copy has been sent (or
given up); its id is read from the thread row then. Telegram edits the copy's text or
caption; when it cannot — the copy was deleted, its topic is gone, the media changed, or
Telegram says the message can't be edited — the new version is posted as a reply to the old
copy with the "edited" mark (``fallback_text``), through the sender's usual path (topic,
reopening a closed one, retries).

An edit sent once more after a crash, or one whose copy was made after the edit (a copy
carries the message as it is when Telegram copies it), is answered "message is not
modified": that counts as done. An edit with a later edit of the same message behind it in
the lane is settled without a call: the last one is what stays.
"""

from __future__ import annotations

import dataclasses
import logging

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest

from bot.db.outbox import OutboxMessage, OutboxRepository
from bot.db.requests import RequestsRepository, other_side, written_on
from bot.services.topics import RequestErasedError

log = logging.getLogger(__name__)

#: Telegram's answers meaning this copy will not take the edit (whatever is tried again).
_CANNOT_EDIT = (
    "message can't be edited",
    "message to edit not found",
    "there is no text in the message to edit",
    "there is no caption in the message to edit",
    "message_id_invalid",
)


def cannot_edit(error: TelegramBadRequest) -> bool:
    text = error.message.lower()
    return any(phrase in text for phrase in _CANNOT_EDIT)


class CopyEditor:
    def __init__(self, bot: Bot, outbox: OutboxRepository, requests: RequestsRepository) -> None:
        self.bot = bot
        self.outbox = outbox
        self.requests = requests

    async def apply(self, row: OutboxMessage) -> int | OutboxMessage:
        """The copy's id once it shows the row's version (or a later row will), else the
        reply to post instead: a 'copy' of the edited message (media) or a 'text' row."""
        copy_id = await self._copy_of(row)
        if await self.outbox.newer_edit_pending(row):
            return copy_id or 0
        if copy_id is not None and row.file_kind != "repost":
            try:
                await self._edit(row, copy_id)
            except TelegramBadRequest as error:
                if "not modified" in error.message:
                    return copy_id
                if not cannot_edit(error):
                    raise
                log.info("outbox: row %s: the copy cannot be edited: %s", row.id, error.message)
            else:
                return copy_id
        return repost_of(row, copy_id)

    async def _copy_of(self, row: OutboxMessage) -> int | None:
        """The copy's message id in the row's chat (None: it never arrived, or it is in the
        staff chat a transferred request left); the request must still have its migrant (a
        row read before an erasure is not sent)."""
        message = await self.requests.message(row.request_message_id or 0)
        request = await self.requests.get(message.request_id) if message else None
        if message is None or request is None or request.user_id is None:
            raise RequestErasedError(f"outbox row {row.id}: its request was erased")
        side = other_side(written_on(message.direction))
        if side == "staff" and message.staff_chat_id != row.chat_id:
            return None  # the copy stayed in the chat the request left: post the new version
        return message.id_on(side)

    async def _edit(self, row: OutboxMessage, copy_id: int) -> None:
        if row.file_kind == "text":
            await self.bot.edit_message_text(
                chat_id=row.chat_id, message_id=copy_id, text=row.text or ""
            )
        else:
            await self.bot.edit_message_caption(
                chat_id=row.chat_id, message_id=copy_id, caption=row.text or ""
            )


def repost_of(row: OutboxMessage, copy_id: int | None) -> OutboxMessage:
    """The new version as a message of its own, replying to the old copy: a text as a text
    with the mark, media copied from the edited message with the mark as its caption."""
    kind = "text" if row.file_kind == "text" else "copy"
    return dataclasses.replace(row, kind=kind, text=row.fallback_text, reply_to_message_id=copy_id)
