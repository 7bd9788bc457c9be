"""Repository of ``outbox``: messages waiting to be delivered, and what became of them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, TypedDict, Unpack

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database

#: Rows of one lane are delivered one at a time, in order: a private chat, or one request's
#: rows in a staff chat (chat id, request id or 0), its card refreshes in a lane of their own
#: (they redraw the card as it is when sent, so no message ever waits behind one).
Lane = tuple[int, int, bool]


@dataclass(frozen=True)
class OutboxMessage:
    id: int
    chat_id: int
    thread_id: int | None
    kind: str  # 'text' | 'copy' | 'card' | 'file' | 'erase' | 'edit' | 'retire'
    text: str | None
    reply_markup: dict[str, Any] | None
    from_chat_id: int | None
    from_message_id: int | None
    attempts: int
    file_kind: str | None = None  # 'file': photo, voice...; 'edit': an EditHow
    file_id: str | None = None
    request_id: int | None = None  # a staff chat row finds its topic through the request
    request_message_id: int | None = None  # on delivery the sent id is recorded there
    reply_to_message_id: int | None = None
    priority: int | None = None  # bot.telegram.budget.Priority; None: the kind's default
    refresh_asked: int = 0  # a card's: refreshes asked for while pending
    fallback_text: str | None = None  # an edit's: posted instead if the copy cannot change

    @property
    def lane(self) -> Lane:
        return (self.chat_id, self.request_id or 0, self.kind == "card")


def _message(row: aiosqlite.Row) -> OutboxMessage:
    markup = row["reply_markup"]
    return OutboxMessage(
        id=row["id"],
        chat_id=row["chat_id"],
        thread_id=row["thread_id"],
        kind=row["kind"],
        text=row["text"],
        reply_markup=json.loads(markup) if markup else None,
        from_chat_id=row["from_chat_id"],
        from_message_id=row["from_message_id"],
        attempts=row["attempts"],
        file_kind=row["file_kind"],
        file_id=row["file_id"],
        request_id=row["request_id"],
        request_message_id=row["request_message_id"],
        reply_to_message_id=row["reply_to_message_id"],
        priority=row["priority"],
        refresh_asked=row["refresh_asked"],
        fallback_text=row["fallback_text"],
    )


_COLUMNS = (
    "chat_id", "thread_id", "kind", "text", "reply_markup", "from_chat_id", "from_message_id",
    "file_kind", "file_id", "request_id", "request_message_id", "reply_to_message_id",
    "priority", "fallback_text",
)  # fmt: skip
_INSERT = (
    f"INSERT INTO outbox ({', '.join(_COLUMNS)}, next_attempt_at, created_at)"
    f" VALUES ({', '.join('?' * (len(_COLUMNS) + 2))})"
)


class Placement(TypedDict, total=False):
    """Where a new row goes, besides its chat: a forum topic, the request whose topic it
    finds when sent (and whose lane it travels in), the thread message whose copy it is (the
    sent id is recorded there), the message it replies to."""

    thread_id: int | None
    request_id: int | None
    request_message_id: int | None
    reply_to_message_id: int | None


#: How an 'edit' row changes the copy: editMessageText, editMessageCaption, or (the copy
#: cannot show the new version: other media, another kind) a new message replying to it.
EditHow = Literal["text", "caption", "repost"]


# A forgotten row keeps only its id (never reused: the sender may hold the row in hand, and
# marks it by id), its status (a pending one becomes 'failed', never sent) and its times.
_FORGOTTEN = (
    "status = CASE WHEN status = 'pending' THEN 'failed' ELSE status END,"
    " last_error = CASE WHEN status = 'pending' THEN 'erased' ELSE last_error END,"
    " chat_id = 0, thread_id = NULL, text = NULL, reply_markup = NULL, from_chat_id = NULL,"
    " from_message_id = NULL, file_id = NULL, request_message_id = NULL,"
    " reply_to_message_id = NULL, sent_message_id = NULL, fallback_text = NULL"
)


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add_text(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        text: str,
        now: datetime,
        reply_markup: dict[str, Any] | None = None,
        **placed: Unpack[Placement],
    ) -> int:
        markup = json.dumps(reply_markup, ensure_ascii=False) if reply_markup else None
        return await self._insert(
            conn, now, chat_id=chat_id, kind="text", text=text, reply_markup=markup, **placed
        )

    async def add_copy(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        from_chat_id: int,
        from_message_id: int,
        now: datetime,
        **placed: Unpack[Placement],
    ) -> int:
        return await self._insert(
            conn,
            now,
            chat_id=chat_id,
            kind="copy",
            from_chat_id=from_chat_id,
            from_message_id=from_message_id,
            **placed,
        )

    async def add_file(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        file_kind: str,
        file_id: str,
        caption: str | None,
        now: datetime,
        request_id: int | None = None,
        request_message_id: int | None = None,
    ) -> int:
        """An attachment sent by its file id (``caption``: Telegram HTML, already escaped)."""
        return await self._insert(
            conn,
            now,
            chat_id=chat_id,
            kind="file",
            text=caption,
            file_kind=file_kind,
            file_id=file_id,
            request_id=request_id,
            request_message_id=request_message_id,
        )

    async def files_queued_since(
        self, conn: aiosqlite.Connection, file_kind: str, since: datetime
    ) -> set[tuple[int, str]]:
        """(chat, file id) of the 'file' rows of ``file_kind`` written since ``since``,
        whatever became of them: a job that queues one per period asks before queueing."""
        rows = await conn.execute_fetchall(
            "SELECT chat_id, file_id FROM outbox WHERE kind = 'file' AND file_kind = ?"
            " AND created_at >= ?",
            (file_kind, to_db(since)),
        )
        return {(int(row[0]), str(row[1])) for row in rows if row[1] is not None}

    async def pending_files(
        self, conn: aiosqlite.Connection, chat_id: int, file_kind: str
    ) -> list[str]:
        """File ids of the 'file' rows of ``file_kind`` still waiting to go to ``chat_id``."""
        rows = await conn.execute_fetchall(
            "SELECT file_id FROM outbox WHERE chat_id = ? AND kind = 'file' AND file_kind = ?"
            " AND status = 'pending'",
            (chat_id, file_kind),
        )
        return [str(row[0]) for row in rows if row[0] is not None]

    async def add_card(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        request_id: int,
        now: datetime,
        priority: int | None = None,
        fresh: bool = False,
    ) -> int:
        """Send or refresh a request's card (creating its topic first if needed); one pending
        refresh per request is enough, since it renders the request as it is when sent (it
        takes the higher of the two priorities). If that row is being sent right now, its
        card may have been rendered before this change: the count it carries tells the sender
        to send it once more (see :meth:`mark_sent`).
        ``fresh``: a new row even so, because the pending one may be in flight already.
        """
        pending = await conn.execute_fetchall(
            "SELECT id FROM outbox WHERE request_id = ? AND kind = 'card' AND status = 'pending'",
            (request_id,),
        )
        if pending and not fresh:
            row_id = int(next(iter(pending))[0])
            await conn.execute(
                "UPDATE outbox SET refresh_asked = refresh_asked + 1, priority ="
                " CASE WHEN ?1 IS NULL THEN priority ELSE MIN(COALESCE(priority, ?1), ?1) END"
                " WHERE id = ?2",
                (priority, row_id),
            )
            return row_id
        return await self._insert(
            conn, now, chat_id=chat_id, kind="card", request_id=request_id, priority=priority
        )

    async def add_erase(
        self, conn: aiosqlite.Connection, *, chat_id: int, request_id: int, now: datetime
    ) -> int:
        """Remove a request's copies from the staff chat (its topic, or its messages)."""
        return await self._insert(conn, now, chat_id=chat_id, kind="erase", request_id=request_id)

    async def add_edit(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        request_id: int | None,
        request_message_id: int,
        how: EditHow,
        text: str,
        fallback_text: str,
        from_chat_id: int,
        from_message_id: int,
        now: datetime,
    ) -> int:
        """Change the copy of thread message ``request_message_id`` in ``chat_id`` (its id is
        read when the row is sent: the copy may still be on its way, earlier in the same
        lane). ``text``: the new text or caption, Telegram HTML; ``fallback_text``: the same
        with the "edited" mark, posted as a reply to the copy if Telegram cannot edit it (the
        media of a repost are copied from ``from_chat_id``/``from_message_id``). Give the
        copy's own ``chat_id`` and ``request_id`` so the row travels in the copy's lane."""
        return await self._insert(
            conn,
            now,
            chat_id=chat_id,
            kind="edit",
            text=text,
            file_kind=how,
            from_chat_id=from_chat_id,
            from_message_id=from_message_id,
            request_id=request_id,
            request_message_id=request_message_id,
            fallback_text=fallback_text,
        )

    async def newer_edit_pending(self, row: OutboxMessage) -> bool:
        """A later edit of the same message waits in the row's lane: this one need not be
        shown (the lane keeps the order, so the last edit is the one that stays)."""
        found = await self.db.fetch_one(
            "SELECT 1 FROM outbox WHERE status = 'pending' AND chat_id = ?"
            " AND COALESCE(request_id, 0) = ? AND id > ? AND kind = 'edit'"
            " AND request_message_id = ? LIMIT 1",
            (row.chat_id, row.request_id or 0, row.id, row.request_message_id),
        )
        return found is not None

    async def add_retire(
        self,
        conn: aiosqlite.Connection,
        *,
        chat_id: int,
        thread_id: int | None,
        card_message_id: int | None,
        now: datetime,
    ) -> int:
        """A request left this chat: take the buttons off its card there and close its topic.
        No request id: the row is about the place it left, in that chat's own lane."""
        return await self._insert(
            conn,
            now,
            chat_id=chat_id,
            thread_id=thread_id,
            kind="retire",
            reply_to_message_id=card_message_id,
        )

    async def move_pending(
        self, conn: aiosqlite.Connection, request_id: int, from_chat_id: int, to_chat_id: int
    ) -> None:
        """A request was transferred: what still waits to reach its topic goes to its new
        staff chat (each row finds its topic there when it is sent)."""
        await conn.execute(
            "UPDATE outbox SET chat_id = ? WHERE request_id = ? AND chat_id = ?"
            " AND status = 'pending' AND kind IN ('text', 'copy', 'file', 'card', 'edit')",
            (to_chat_id, request_id, from_chat_id),
        )

    async def _insert(self, conn: aiosqlite.Connection, now: datetime, **values: Any) -> int:
        params = [values.get(column) for column in _COLUMNS]
        cursor = await conn.execute(_INSERT, (*params, to_db(now), to_db(now)))
        return int(cursor.lastrowid or 0)

    async def due_lane_heads(self, now: datetime, limit: int) -> list[OutboxMessage]:
        """The oldest pending row of each lane, where that row is due, oldest due first. A
        lane whose first row waits for a retry waits as a whole: its order is kept."""
        rows = await self.db.fetch_all(
            "SELECT * FROM outbox WHERE id IN (SELECT MIN(id) FROM outbox"
            " WHERE status = 'pending' GROUP BY chat_id, COALESCE(request_id, 0), kind = 'card')"
            " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
            (to_db(now), limit),
        )
        return [_message(row) for row in rows]

    async def mark_sent(
        self,
        conn: aiosqlite.Connection,
        message: OutboxMessage,
        sent_message_id: int,
        now: datetime,
    ) -> bool:
        """Delivered: keep the ids, forget the text (it is personal data). False for a card
        refresh asked for again while it was being sent: it stays pending."""
        cursor = await conn.execute(
            "UPDATE outbox SET status = 'sent', sent_message_id = ?, sent_at = ?,"
            " text = NULL, reply_markup = NULL, fallback_text = NULL"
            " WHERE id = ? AND refresh_asked = ?",
            (sent_message_id, to_db(now), message.id, message.refresh_asked),
        )
        return cursor.rowcount > 0

    async def mark_final(
        self, conn: aiosqlite.Connection, message_id: int, status: str, error: str
    ) -> None:
        """'blocked' or 'failed': never retried."""
        await conn.execute(
            "UPDATE outbox SET status = ?, last_error = ?, text = NULL, reply_markup = NULL,"
            " fallback_text = NULL WHERE id = ?",
            (status, error[:200], message_id),
        )

    async def block_chat(self, conn: aiosqlite.Connection, chat_id: int, error: str) -> None:
        """403 for one message means all of that chat's pending messages will fail too."""
        await conn.execute(
            "UPDATE outbox SET status = 'blocked', last_error = ?, text = NULL,"
            " reply_markup = NULL, fallback_text = NULL WHERE chat_id = ? AND status = 'pending'",
            (error[:200], chat_id),
        )

    async def forget_chat(self, conn: aiosqlite.Connection, chat_id: int) -> None:
        """Delete my data: what was waiting to be sent to that chat is never sent, and no row
        (sent or not) still names that chat or what was copied from it."""
        await conn.execute(
            f"UPDATE outbox SET {_FORGOTTEN} WHERE chat_id = ? OR from_chat_id = ?",
            (chat_id, chat_id),
        )

    async def forget_requests(self, conn: aiosqlite.Connection, request_ids: list[int]) -> None:
        """Anonymised requests: none of their rows is sent any more, to either side, and none
        still names the migrant's chat or a file (a sent copy kept both)."""
        for request_id in request_ids:
            await conn.execute(
                f"UPDATE outbox SET {_FORGOTTEN} WHERE request_id = ? OR request_message_id IN"
                " (SELECT id FROM request_messages WHERE request_id = ?)",
                (request_id, request_id),
            )

    async def postpone(
        self,
        conn: aiosqlite.Connection,
        message_id: int,
        until: datetime,
        error: str,
        *,
        count: bool = True,
    ) -> None:
        """Try again at ``until``; ``count``: this was a failed attempt (it counts towards
        giving up), not a wait Telegram or the staff chat imposed."""
        await conn.execute(
            "UPDATE outbox SET attempts = attempts + ?, next_attempt_at = ?, last_error = ?"
            " WHERE id = ?",
            (1 if count else 0, to_db(until), error[:200], message_id),
        )

    async def count_by_status(self) -> dict[str, int]:
        rows = await self.db.fetch_all("SELECT status, COUNT(*) FROM outbox GROUP BY status")
        return {row[0]: int(row[1]) for row in rows}
