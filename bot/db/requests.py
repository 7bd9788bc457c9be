"""Repository of ``requests`` and ``request_messages``: the helpdesk's queue and threads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database

OPEN_STATUSES = ("new", "in_progress", "answered")

#: Where a message of a thread was written, or where its copy is: the migrant's private chat
#: or the staff chat. Each side has its own message ids (``user_message_id``,
#: ``staff_message_id``).
Side = Literal["user", "staff"]


def written_on(direction: str) -> Side:
    """The side a message of ``direction`` was written on: the migrant's ('in') or the staff
    chat (an answer 'out', a 'note'); its copy, if any, goes to the other."""
    return "user" if direction == "in" else "staff"


def other_side(side: Side) -> Side:
    return "staff" if side == "user" else "user"


#: The rows a side wrote, found by that side's message id (SQL on ``request_messages m``).
#: Message ids are per chat: a staff-side id means something only with its chat (a request
#: transferred to a partner has lived in two); the migrant's are all in their private chat.
_WRITTEN_ON = {
    "user": "m.user_message_id = ? AND m.direction = 'in'",
    "staff": "m.staff_message_id = ? AND m.staff_chat_id = ? AND m.direction IN ('out', 'note')",
}


def _side_params(side: Side, chat_id: int, message_id: int) -> tuple[int, ...]:
    """The parameters of ``_WRITTEN_ON[side]``."""
    return (message_id,) if side == "user" else (message_id, chat_id)


@dataclass(frozen=True)
class Request:
    id: int
    user_id: int | None  # None once anonymised
    category: str
    city: str
    text: str | None
    phone: str | None
    status: str  # new | in_progress | answered | closed
    urgent: bool
    assignee_id: int | None
    staff_chat_id: int
    topic_id: int | None
    topic_name: str | None
    card_message_id: int | None
    created_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    rating: int | None
    answer_due_at: datetime | None = None  # the first answer is due (None: no deadline)
    escalated_at: datetime | None = None  # overdue, and staff were told
    away_notice_until: datetime | None = None  # told "the office is closed" until then
    topic_closed: bool = False  # the forum topic is closed in Telegram
    anonymised_at: datetime | None = None  # its personal data was erased then

    @property
    def is_open(self) -> bool:
        return self.status != "closed"


@dataclass(frozen=True)
class RequestPage:
    """One page of a user's requests, newest first: ``first`` is the 1-based position of its
    first request among all ``total`` of theirs."""

    requests: list[Request]
    first: int
    total: int

    @property
    def last(self) -> int:
        return self.first + len(self.requests) - 1


@dataclass(frozen=True)
class HolderCount:
    """How many requests one operator holds (``assignee_id`` None: nobody): in all, still
    open, and urgent."""

    assignee_id: int | None
    total: int
    open: int
    urgent: int


@dataclass(frozen=True)
class RequestMessage:
    id: int
    request_id: int
    direction: str  # in | out | note
    kind: str
    text: str | None
    file_id: str | None
    author_id: int | None
    user_message_id: int | None
    staff_message_id: int | None
    created_at: datetime
    delivered_at: datetime | None = None
    edited_at: datetime | None = None
    staff_chat_id: int | None = None  # the chat staff_message_id is in

    def id_on(self, side: Side) -> int | None:
        """Its message id on ``side``: where it was written, or its copy (once delivered)."""
        return self.user_message_id if side == "user" else self.staff_message_id


@dataclass(frozen=True)
class NewRequest:
    user_id: int
    category: str
    city: str
    text: str
    phone: str | None
    urgent: bool
    staff_chat_id: int
    answer_due_at: datetime | None = None
    away_notice_until: datetime | None = None  # filed outside office hours: the receipt said


@dataclass(frozen=True)
class NewMessage:
    direction: str
    kind: str
    text: str | None = None
    file_id: str | None = None
    author_id: int | None = None
    user_message_id: int | None = None
    staff_message_id: int | None = None
    staff_chat_id: int | None = None  # with staff_message_id: the chat it is in


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _request(row: aiosqlite.Row) -> Request:
    return Request(
        id=row["id"],
        user_id=row["user_id"],
        category=row["category"],
        city=row["city"],
        text=row["text"],
        phone=row["phone"],
        status=row["status"],
        urgent=bool(row["urgent"]),
        assignee_id=row["assignee_id"],
        staff_chat_id=row["staff_chat_id"],
        topic_id=row["topic_id"],
        topic_name=row["topic_name"],
        card_message_id=row["card_message_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        first_response_at=_moment(row["first_response_at"]),
        closed_at=_moment(row["closed_at"]),
        rating=row["rating"],
        answer_due_at=_moment(row["answer_due_at"]),
        escalated_at=_moment(row["escalated_at"]),
        away_notice_until=_moment(row["away_notice_until"]),
        topic_closed=bool(row["topic_closed"]),
        anonymised_at=_moment(row["anonymised_at"]),
    )


def _db_moment(moment: datetime | None) -> str | None:
    return to_db(moment) if moment is not None else None


def _message(row: aiosqlite.Row) -> RequestMessage:
    return RequestMessage(
        id=row["id"],
        request_id=row["request_id"],
        direction=row["direction"],
        kind=row["kind"],
        text=row["text"],
        file_id=row["file_id"],
        author_id=row["author_id"],
        user_message_id=row["user_message_id"],
        staff_message_id=row["staff_message_id"],
        created_at=datetime.fromisoformat(row["created_at"]),
        delivered_at=_moment(row["delivered_at"]),
        edited_at=_moment(row["edited_at"]),
        staff_chat_id=row["staff_chat_id"],
    )


class RequestsRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- writing ---------------------------------------------------------------------

    async def insert(self, conn: aiosqlite.Connection, new: NewRequest, now: datetime) -> int:
        at = to_db(now)
        cursor = await conn.execute(
            "INSERT INTO requests (user_id, category, city, text, phone, urgent, staff_chat_id,"
            " answer_due_at, away_notice_until, consent_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.user_id,
                new.category,
                new.city,
                new.text,
                new.phone,
                int(new.urgent),
                new.staff_chat_id,
                _db_moment(new.answer_due_at),
                _db_moment(new.away_notice_until),
                at,
                at,
                at,
            ),
        )
        return int(cursor.lastrowid or 0)

    async def add_message(
        self, conn: aiosqlite.Connection, request_id: int, new: NewMessage, now: datetime
    ) -> int:
        cursor = await conn.execute(
            "INSERT INTO request_messages (request_id, direction, kind, text, file_id,"
            " author_id, user_message_id, staff_message_id, staff_chat_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request_id,
                new.direction,
                new.kind,
                new.text,
                new.file_id,
                new.author_id,
                new.user_message_id,
                new.staff_message_id,
                new.staff_chat_id,
                to_db(now),
            ),
        )
        return int(cursor.lastrowid or 0)

    async def set_status(
        self, conn: aiosqlite.Connection, request_id: int, status: str, now: datetime
    ) -> None:
        closed_at = to_db(now) if status == "closed" else None
        await conn.execute(
            "UPDATE requests SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?",
            (status, closed_at, to_db(now), request_id),
        )

    async def set_assignee(
        self, conn: aiosqlite.Connection, request_id: int, assignee_id: int, now: datetime
    ) -> None:
        await conn.execute(
            "UPDATE requests SET assignee_id = ?, updated_at = ? WHERE id = ?",
            (assignee_id, to_db(now), request_id),
        )

    async def set_urgent(
        self, conn: aiosqlite.Connection, request_id: int, urgent: bool, now: datetime
    ) -> None:
        await conn.execute(
            "UPDATE requests SET urgent = ?, updated_at = ? WHERE id = ?",
            (int(urgent), to_db(now), request_id),
        )

    async def set_answer_due(
        self, conn: aiosqlite.Connection, request_id: int, due: datetime | None
    ) -> None:
        """A new deadline for an unanswered request that was not escalated yet."""
        await conn.execute(
            "UPDATE requests SET answer_due_at = ? WHERE id = ? AND first_response_at IS NULL"
            " AND escalated_at IS NULL",
            (_db_moment(due), request_id),
        )

    async def mark_escalated(
        self, conn: aiosqlite.Connection, request_id: int, now: datetime
    ) -> bool:
        """True if this call escalated it: still open, unanswered and not escalated before."""
        cursor = await conn.execute(
            "UPDATE requests SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL"
            " AND first_response_at IS NULL AND status != 'closed' AND user_id IS NOT NULL",
            (to_db(now), request_id),
        )
        return cursor.rowcount > 0

    async def set_away_notice(
        self, conn: aiosqlite.Connection, request_id: int, until: datetime
    ) -> None:
        await conn.execute(
            "UPDATE requests SET away_notice_until = ? WHERE id = ?", (to_db(until), request_id)
        )

    async def set_topic_closed(
        self, conn: aiosqlite.Connection, request_id: int, topic_id: int, closed: bool
    ) -> None:
        """What Telegram now shows for topic ``topic_id`` (if the request is still in it)."""
        await conn.execute(
            "UPDATE requests SET topic_closed = ? WHERE id = ? AND topic_id = ?",
            (int(closed), request_id, topic_id),
        )

    async def set_first_response(
        self, conn: aiosqlite.Connection, request_id: int, now: datetime
    ) -> None:
        """Only the first answer counts; later ones leave it as it is."""
        await conn.execute(
            "UPDATE requests SET first_response_at = ?, response_seconds = CAST("
            " (julianday(?) - julianday(created_at)) * 86400 AS INTEGER)"
            " WHERE id = ? AND first_response_at IS NULL",
            (to_db(now), to_db(now), request_id),
        )

    async def set_rating(
        self, conn: aiosqlite.Connection, request_id: int, rating: int, now: datetime
    ) -> None:
        await conn.execute(
            "UPDATE requests SET rating = ?, updated_at = ? WHERE id = ?",
            (rating, to_db(now), request_id),
        )

    async def set_topic(
        self, conn: aiosqlite.Connection, request_id: int, topic_id: int, name: str
    ) -> None:
        await conn.execute(
            "UPDATE requests SET topic_id = ?, topic_name = ?, card_message_id = NULL,"
            " topic_closed = 0 WHERE id = ?",
            (topic_id, name, request_id),
        )

    async def set_topic_name(self, conn: aiosqlite.Connection, request_id: int, name: str) -> None:
        await conn.execute("UPDATE requests SET topic_name = ? WHERE id = ?", (name, request_id))

    async def forget_topic(
        self, conn: aiosqlite.Connection, request_id: int, stale_topic_id: int | None
    ) -> bool:
        """Staff deleted the topic: the next message creates a new one. False if the request
        is no longer in that topic (a new one was opened meanwhile)."""
        cursor = await conn.execute(
            "UPDATE requests SET topic_id = NULL, card_message_id = NULL, topic_closed = 0"
            " WHERE id = ? AND topic_id IS ?",
            (request_id, stale_topic_id),
        )
        return cursor.rowcount > 0

    async def set_card(
        self, conn: aiosqlite.Connection, request_id: int, card_message_id: int | None
    ) -> None:
        await conn.execute(
            "UPDATE requests SET card_message_id = ? WHERE id = ?", (card_message_id, request_id)
        )

    async def set_delivered(
        self,
        conn: aiosqlite.Connection,
        request_message_id: int,
        sent_message_id: int,
        now: datetime,
        chat_id: int,
    ) -> None:
        """The copy of an 'in' message reached the staff chat ``chat_id``, or of an 'out' one
        the migrant."""
        await conn.execute(
            "UPDATE request_messages SET delivered_at = ?,"
            " staff_message_id = CASE WHEN direction = 'in' THEN ? ELSE staff_message_id END,"
            " staff_chat_id = CASE WHEN direction = 'in' THEN ? ELSE staff_chat_id END,"
            " user_message_id = CASE WHEN direction = 'out' THEN ? ELSE user_message_id END"
            " WHERE id = ?",
            (to_db(now), sent_message_id, chat_id, sent_message_id, request_message_id),
        )

    async def hand_over(
        self,
        conn: aiosqlite.Connection,
        request_id: int,
        to_chat_id: int,
        answer_due: datetime | None,
        now: datetime,
    ) -> None:
        """The request now belongs to another staff chat: a topic and a card of its own there
        (opened by the next row), nobody holds it, it is new to that team, and its answer
        deadline counts from now (unless it was answered already)."""
        await conn.execute(
            "UPDATE requests SET staff_chat_id = ?, topic_id = NULL, topic_name = NULL,"
            " card_message_id = NULL, topic_closed = 0, assignee_id = NULL, status = 'new',"
            " answer_due_at = CASE WHEN first_response_at IS NULL THEN ? END,"
            " escalated_at = NULL, updated_at = ? WHERE id = ?",
            (to_chat_id, _db_moment(answer_due), to_db(now), request_id),
        )

    async def set_edited(
        self,
        conn: aiosqlite.Connection,
        request_message_id: int,
        *,
        kind: str,
        text: str | None,
        file_id: str | None,
        now: datetime,
    ) -> None:
        """The message was edited where it was written: it holds what it shows now."""
        await conn.execute(
            "UPDATE request_messages SET kind = ?, text = ?, file_id = ?, edited_at = ?"
            " WHERE id = ?",
            (kind, text, file_id, to_db(now), request_message_id),
        )

    # --- personal data ---------------------------------------------------------------

    async def anonymise_user(
        self, conn: aiosqlite.Connection, user_id: int, now: datetime
    ) -> list[int]:
        """Erase one user's texts, phone and files; close what was open. Returns the ids."""
        rows = await conn.execute_fetchall("SELECT id FROM requests WHERE user_id = ?", (user_id,))
        ids = [int(row[0]) for row in rows]
        await self._anonymise(conn, ids, now)
        return ids

    async def anonymise_closed_before(
        self, conn: aiosqlite.Connection, cutoff: datetime, now: datetime, limit: int
    ) -> list[int]:
        rows = await conn.execute_fetchall(
            "SELECT id FROM requests WHERE anonymised_at IS NULL AND closed_at < ? LIMIT ?",
            (to_db(cutoff), limit),
        )
        ids = [int(row[0]) for row in rows]
        await self._anonymise(conn, ids, now)
        return ids

    async def _anonymise(self, conn: aiosqlite.Connection, ids: list[int], now: datetime) -> None:
        at = to_db(now)
        for request_id in ids:
            await conn.execute(
                "UPDATE requests SET user_id = NULL, text = NULL, phone = NULL,"
                " status = 'closed', closed_at = COALESCE(closed_at, ?), anonymised_at = ?,"
                " updated_at = ? WHERE id = ?",
                (at, at, at, request_id),
            )
            # The staff side's message ids stay until the erase row has removed those
            # messages; the migrant's side (ids in their private chat) is of no more use.
            await conn.execute(
                "UPDATE request_messages SET text = NULL, file_id = NULL,"
                " user_message_id = NULL WHERE request_id = ?",
                (request_id,),
            )

    # --- reading ---------------------------------------------------------------------

    async def get(self, request_id: int) -> Request | None:
        row = await self.db.fetch_one("SELECT * FROM requests WHERE id = ?", (request_id,))
        return _request(row) if row else None

    async def current(self, conn: aiosqlite.Connection, request_id: int) -> Request | None:
        """The request as it is inside the caller's transaction (no other write can come
        between this read and the transaction's writes)."""
        async with conn.execute("SELECT * FROM requests WHERE id = ?", (request_id,)) as cursor:
            row = await cursor.fetchone()
        return _request(row) if row else None

    async def counts_for_limit(
        self, conn: aiosqlite.Connection, user_id: int, since: datetime
    ) -> tuple[int, int]:
        """(open requests, requests filed since ``since``) of one user."""
        async with conn.execute(
            "SELECT COALESCE(SUM(status != 'closed'), 0), COALESCE(SUM(created_at >= ?), 0)"
            " FROM requests WHERE user_id = ?",
            (to_db(since), user_id),
        ) as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def for_user(self, user_id: int, limit: int) -> list[Request]:
        rows = await self.db.fetch_all(
            "SELECT * FROM requests WHERE user_id = ? ORDER BY id DESC LIMIT ?",
            (user_id, limit),
        )
        return [_request(row) for row in rows]

    async def user_page(
        self, user_id: int, *, older_than: int = 0, newer_than: int = 0, limit: int
    ) -> list[Request]:
        """Keyset paging, newest first: the ``limit`` requests just below id ``older_than``,
        or just above ``newer_than`` (the page before), or the newest (both 0)."""
        if newer_than:
            rows = await self.db.fetch_all(
                "SELECT * FROM (SELECT * FROM requests WHERE user_id = ? AND id > ?"
                " ORDER BY id LIMIT ?) ORDER BY id DESC",
                (user_id, newer_than, limit),
            )
        else:
            below = older_than or 2**63 - 1
            rows = await self.db.fetch_all(
                "SELECT * FROM requests WHERE user_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
                (user_id, below, limit),
            )
        return [_request(row) for row in rows]

    async def user_position(self, user_id: int, request_id: int) -> tuple[int, int]:
        """(how many of the user's requests are newer than ``request_id``, how many in all)."""
        row = await self.db.fetch_one(
            "SELECT COALESCE(SUM(id > ?), 0), COUNT(*) FROM requests WHERE user_id = ?",
            (request_id, user_id),
        )
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def user_request_at(self, user_id: int, offset: int) -> int | None:
        """The id of the user's request ``offset`` places from the newest."""
        row = await self.db.fetch_one(
            "SELECT id FROM requests WHERE user_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?",
            (user_id, offset),
        )
        return int(row[0]) if row else None

    async def open_for_user(self, user_id: int) -> list[Request]:
        rows = await self.db.fetch_all(
            "SELECT * FROM requests WHERE user_id = ? AND status != 'closed' ORDER BY id",
            (user_id,),
        )
        return [_request(row) for row in rows]

    async def by_topic(self, chat_id: int, topic_id: int) -> Request | None:
        row = await self.db.fetch_one(
            "SELECT * FROM requests WHERE staff_chat_id = ? AND topic_id = ?",
            (chat_id, topic_id),
        )
        return _request(row) if row else None

    async def by_staff_message(self, chat_id: int, message_id: int) -> Request | None:
        """The request whose card, or one of whose relayed messages, is ``message_id``."""
        row = await self.db.fetch_one(
            "SELECT * FROM requests WHERE staff_chat_id = ? AND card_message_id = ?",
            (chat_id, message_id),
        )
        if row is None:
            row = await self.db.fetch_one(
                "SELECT r.* FROM request_messages m JOIN requests r ON r.id = m.request_id"
                " WHERE m.staff_message_id = ? AND m.staff_chat_id = ? AND r.staff_chat_id = ?"
                " ORDER BY m.id DESC LIMIT 1",
                (message_id, chat_id, chat_id),
            )
        return _request(row) if row else None

    async def message_by_side(
        self, request_id: int, side: Side, chat_id: int, message_id: int
    ) -> RequestMessage | None:
        """The thread's message whose id on ``side`` (in ``chat_id``) is ``message_id``
        (written there, or its copy there)."""
        params: tuple[int, ...]
        if side == "user":
            where, params = "user_message_id = ?", (message_id,)
        else:
            where, params = "staff_message_id = ? AND staff_chat_id = ?", (message_id, chat_id)
        row = await self.db.fetch_one(
            f"SELECT * FROM request_messages WHERE {where} AND request_id = ?",
            (*params, request_id),
        )
        return _message(row) if row else None

    async def written(
        self, request_id: int, direction: str, chat_id: int, message_id: int
    ) -> bool:
        """The message is already in the thread (Telegram delivered its update again)."""
        side = written_on(direction)
        row = await self.db.fetch_one(
            f"SELECT 1 FROM request_messages m WHERE {_WRITTEN_ON[side]} AND m.request_id = ?",
            (*_side_params(side, chat_id, message_id), request_id),
        )
        return row is not None

    async def written_in_chat(
        self, side: Side, chat_id: int, message_id: int
    ) -> RequestMessage | None:
        """The thread message someone wrote as ``message_id`` in ``chat_id`` (the migrant's
        private chat, or a staff chat), in whichever request holds it."""
        if side == "user":
            source, chat = " JOIN requests r ON r.id = m.request_id", " AND r.user_id = ?"
        else:
            source, chat = "", ""  # the staff side's condition names the chat itself
        row = await self.db.fetch_one(
            f"SELECT m.* FROM request_messages m{source}"
            f" WHERE {_WRITTEN_ON[side]}{chat} ORDER BY m.id DESC LIMIT 1",
            (message_id, chat_id),
        )
        return _message(row) if row else None

    async def message(self, request_message_id: int) -> RequestMessage | None:
        row = await self.db.fetch_one(
            "SELECT * FROM request_messages WHERE id = ?", (request_message_id,)
        )
        return _message(row) if row else None

    async def current_message(
        self, conn: aiosqlite.Connection, request_message_id: int
    ) -> RequestMessage | None:
        """The thread message as it is inside the caller's transaction."""
        async with conn.execute(
            "SELECT * FROM request_messages WHERE id = ?", (request_message_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _message(row) if row else None

    async def staff_message_ids(self, request_id: int, chat_id: int) -> list[int]:
        """Every message of the thread in staff chat ``chat_id`` (copies, answers, notes)."""
        rows = await self.db.fetch_all(
            "SELECT staff_message_id FROM request_messages"
            " WHERE request_id = ? AND staff_message_id IS NOT NULL AND staff_chat_id = ?",
            (request_id, chat_id),
        )
        return [int(row[0]) for row in rows]

    async def thread(self, request_id: int, limit: int) -> list[RequestMessage]:
        """The last ``limit`` messages of the thread, oldest first."""
        rows = await self.db.fetch_all(
            "SELECT * FROM (SELECT * FROM request_messages WHERE request_id = ?"
            " ORDER BY id DESC LIMIT ?) ORDER BY id",
            (request_id, limit),
        )
        return [_message(row) for row in rows]

    @staticmethod
    def _open_where(chat_id: int | None, assignee_id: int | None) -> tuple[str, tuple[int, ...]]:
        where = "status != 'closed'"
        params: tuple[int, ...] = ()
        if chat_id is not None:
            where, params = where + " AND staff_chat_id = ?", (chat_id,)
        if assignee_id is not None:
            where, params = where + " AND assignee_id = ?", (*params, assignee_id)
        return where, params

    async def queue(
        self, limit: int, chat_id: int | None = None, assignee_id: int | None = None
    ) -> list[Request]:
        """Open requests (of one operator, if given): urgent first, then the oldest."""
        where, params = self._open_where(chat_id, assignee_id)
        rows = await self.db.fetch_all(
            f"SELECT * FROM requests INDEXED BY requests_queue WHERE {where}"
            " ORDER BY urgent DESC, created_at, id LIMIT ?",
            (*params, limit),
        )
        return [_request(row) for row in rows]

    async def count_open(self, chat_id: int | None = None, assignee_id: int | None = None) -> int:
        where, params = self._open_where(chat_id, assignee_id)
        # (staff_chat_id, assignee_id) of the open requests: counted from the index alone.
        filtered = chat_id is not None or assignee_id is not None
        index = "requests_open_by_holder" if filtered else "requests_queue"
        row = await self.db.fetch_one(
            f"SELECT COUNT(*) FROM requests INDEXED BY {index} WHERE {where}", params
        )
        return int(row[0]) if row else 0

    async def holders(self, chat_id: int | None = None) -> list[HolderCount]:
        """Open and urgent requests per operator (and nobody's), the most first: read from
        the open requests' own index, not the whole table."""
        where, params = self._open_where(chat_id, None)
        rows = await self.db.fetch_all(
            "SELECT assignee_id, COUNT(*), COALESCE(SUM(urgent), 0)"
            f" FROM requests INDEXED BY requests_open_by_holder WHERE {where}"
            " GROUP BY assignee_id ORDER BY COUNT(*) DESC, assignee_id",
            params,
        )
        return [HolderCount(row[0], int(row[1]), int(row[1]), int(row[2])) for row in rows]

    async def overdue(self, now: datetime, limit: int) -> list[Request]:
        """Open requests whose first answer was due by ``now``, not escalated yet; the
        earliest deadline first."""
        rows = await self.db.fetch_all(
            "SELECT * FROM requests INDEXED BY requests_answer_due WHERE answer_due_at <= ?"
            " AND answer_due_at IS NOT NULL AND escalated_at IS NULL"
            " AND first_response_at IS NULL AND status != 'closed'"
            " ORDER BY answer_due_at, id LIMIT ?",
            (to_db(now), limit),
        )
        return [_request(row) for row in rows]
