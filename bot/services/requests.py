"""The helpdesk: requests from migrants and the thread between a migrant and the operators.

Every change is one SQLite transaction together with the outbox rows it causes (the card
refresh in the staff chat, the copy to the other side, the notice to the migrant), so a
crash never leaves a message half-relayed. The outbox sender delivers them; see
bot/services/topics.py for how staff chat rows find their forum topic.

A change decides on the request as it is inside its own transaction (``_locked``), never on
the copy a handler read earlier: between the two, the migrant may have erased their data or an
operator closed the request, and a stale copy would answer a user who is gone or reopen a
closed request.
"""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosqlite
from aiogram.types import Message

from bot.content.request_categories import URGENT_CATEGORIES
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.request_limits import RequestLimitsRepository
from bot.db.requests import (
    NewMessage,
    NewRequest,
    Request,
    RequestMessage,
    RequestPage,
    RequestsRepository,
    Side,
    other_side,
    written_on,
)
from bot.db.users import UsersRepository
from bot.i18n import I18n, Translator
from bot.keyboards.request_menus import rating_menu
from bot.services.answer_deadlines import AnswerDeadlines
from bot.services.office_hours import OfficeHours, after_hours_lines
from bot.services.relay import (
    MAX_TEXT,
    Content,
    Edited,
    Written,
    clip_stored,
    content_of,
    edit_how,
    marked,
    other_side_of,
    replied_in_topic,
    user_id_of,
)
from bot.services.topics import full_text, is_too_long_for_card, mention
from bot.telegram.budget import Priority

# One person's requests: enough for a family's several problems, not a flood that buries
# everyone else's in the staff chat (one account once filed 1,000 in 27 seconds).
MAX_OPEN_PER_USER = 3
MAX_NEW_PER_DAY = 5
MAX_ATTACHMENTS = 10
HISTORY_LIMIT = 30
PAGE_SIZE = 10  # requests per page of "My requests"
RETENTION_BATCH = 500


@dataclass(frozen=True)
class HelpdeskSettings:
    """What the migrant is told about the helpdesk: hours, how long data is kept, the notice."""

    office_hours: OfficeHours | None = None
    retention_days: int = 365
    privacy_url: str | None = None


@dataclass(frozen=True)
class Attachment:
    """Evidence sent while filling in the form, kept as its Telegram file id."""

    kind: str
    file_id: str
    user_message_id: int
    caption: str | None = None


@dataclass(frozen=True)
class RequestDraft:
    category: str
    city: str
    text: str
    phone: str | None
    attachments: tuple[Attachment, ...] = ()


#: What a side is refused when the request changed under it: (closed, erased) text ids.
_USER_REFUSALS = ("request-closed", "request-closed")
_STAFF_REFUSALS = ("staff-already-closed", "staff-erased")
_EDIT_CLOSED = {"user": "request-edit-closed", "staff": "staff-edit-closed"}

AfterRelay = Callable[[aiosqlite.Connection, Request, datetime], Awaitable[None]]


class RequestError(Exception):
    """An action that does not apply (closed request, erased data...); ``text_id`` says why,
    ``args_`` are its variables."""

    def __init__(self, text_id: str, **args: object) -> None:
        super().__init__(text_id)
        self.text_id = text_id
        self.args_ = args


class RequestService:
    def __init__(
        self,
        db: Database,
        i18n: I18n,
        *,
        staff_chat_id: int | None,
        routing: dict[str, int] | None = None,
        office_hours: OfficeHours | None = None,
        answer_deadlines: AnswerDeadlines | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = db
        self.i18n = i18n
        self.staff_chat_id = staff_chat_id
        self.routing = routing or {}
        self.office_hours = office_hours
        self.answer_deadlines = answer_deadlines or AnswerDeadlines()
        self.now = now
        self.requests = RequestsRepository(db)
        self.outbox = OutboxRepository(db)
        self.users = UsersRepository(db)
        self.limits = RequestLimitsRepository()
        self.on_queued: Callable[[], None] = lambda: None  # the outbox sender's wake-up

    # --- where requests go ------------------------------------------------------------

    @property
    def accepting(self) -> bool:
        return self.staff_chat_id is not None

    def staff_chat_for(self, category: str) -> int:
        chat_id = self.routing.get(category, self.staff_chat_id)
        if chat_id is None:
            raise RequestError("request-not-accepting")
        return chat_id

    @property
    def staff_chats(self) -> frozenset[int]:
        chats = set(self.routing.values())
        if self.staff_chat_id is not None:
            chats.add(self.staff_chat_id)
        return frozenset(chats)

    @property
    def several_teams(self) -> bool:
        """There is more than one staff chat: a request can be handed to another team."""
        return len(self.staff_chats) > 1

    # --- the migrant's side ---------------------------------------------------------------

    async def submit(
        self,
        user_id: int,
        draft: RequestDraft,
        *,
        by_staff: Callable[[aiosqlite.Connection, int], Awaitable[None]] | None = None,
    ) -> Request:
        """Committed before the caller sends the receipt; the staff chat hears via the outbox.
        ``by_staff``: staff open it for the person (from a reception's appointment): no limit
        applies, and this runs inside the same transaction with the new id (it links the
        appointment and tells the person; raising undoes everything)."""
        now = self.now()
        urgent = draft.category in URGENT_CATEGORIES
        new = NewRequest(
            user_id=user_id,
            category=draft.category,
            city=draft.city,
            text=draft.text[:MAX_TEXT],
            phone=draft.phone,
            urgent=urgent,
            staff_chat_id=self.staff_chat_for(draft.category),
            answer_due_at=self._answer_due(now, draft.category, urgent),
            away_notice_until=self._closed_until(now),  # the receipt says when
        )
        async with self.db.transaction() as conn:
            if by_staff is None:
                await self._check_limit(conn, user_id, now)
            request_id = await self.requests.insert(conn, new, now)
            if by_staff is not None:
                await by_staff(conn, request_id)
            if new.text:  # empty when a voice message or a photo tells it all
                await self.requests.add_message(
                    conn, request_id, NewMessage("in", "text", text=new.text), now
                )
            await self._queue_card(conn, request_id, new.staff_chat_id, now)
            if is_too_long_for_card(new.text):
                t = self.i18n.get(self.i18n.default_locale)
                for part in full_text(t, request_id, new.text):
                    await self._queue_staff_text(conn, request_id, new.staff_chat_id, part)
            for attachment in draft.attachments[:MAX_ATTACHMENTS]:
                await self._queue_attachment(conn, request_id, new, attachment)
        self.on_queued()
        request = await self.requests.get(request_id)
        assert request is not None
        return request

    async def limit_reached(self, user_id: int) -> RequestError | None:
        """Why this user may not file a request now, if so (told before the form starts;
        ``submit`` checks again in its transaction)."""
        try:
            await self._check_limit(self.db.connection, user_id, self.now())
        except RequestError as error:
            return error
        return None

    async def _check_limit(self, conn: aiosqlite.Connection, user_id: int, now: datetime) -> None:
        if await self.limits.is_lifted(conn, user_id):
            return
        open_count, today = await self.requests.counts_for_limit(
            conn, user_id, now - timedelta(days=1)
        )
        if open_count >= MAX_OPEN_PER_USER:
            raise RequestError("request-limit-open", max=MAX_OPEN_PER_USER)
        if today >= MAX_NEW_PER_DAY:
            raise RequestError("request-limit-daily", max=MAX_NEW_PER_DAY)

    async def lift_limit(self, user_id: int, lifted_by: int) -> None:
        async with self.db.single_statement() as conn:
            await self.limits.lift(conn, user_id, lifted_by, self.now())

    async def restore_limit(self, user_id: int) -> bool:
        """False if the limit was not lifted for them."""
        async with self.db.single_statement() as conn:
            return await self.limits.delete(conn, user_id)

    async def for_user(self, user_id: int, limit: int = 20) -> list[Request]:
        return await self.requests.for_user(user_id, limit)

    async def page_for_user(
        self, user_id: int, *, older_than: int = 0, newer_than: int = 0
    ) -> RequestPage:
        """A page of "My requests" (PAGE_SIZE, newest first), after or before the ids a button
        names. A page that no longer exists (requests erased, or too few above it now) gives
        the first page, so a stale button always shows something true."""
        page = await self.requests.user_page(
            user_id, older_than=older_than, newer_than=newer_than, limit=PAGE_SIZE
        )
        if (newer_than and len(page) < PAGE_SIZE) or (not page and older_than):
            page = await self.requests.user_page(user_id, limit=PAGE_SIZE)
        if not page:
            return RequestPage([], 0, 0)
        newer, total = await self.requests.user_position(user_id, page[0].id)
        return RequestPage(page, newer + 1, total)

    async def page_anchor_of(self, user_id: int, request_id: int) -> int:
        """``older_than`` of the page that shows ``request_id`` (pages as paging makes them
        from the newest): the back button of a request returns to its page."""
        newer, _ = await self.requests.user_position(user_id, request_id)
        top = await self.requests.user_request_at(user_id, newer // PAGE_SIZE * PAGE_SIZE)
        return top + 1 if top is not None and newer >= PAGE_SIZE else 0

    async def open_for_user(self, user_id: int) -> list[Request]:
        return await self.requests.open_for_user(user_id)

    async def get_for_user(self, user_id: int, request_id: int) -> Request | None:
        """None unless the request is this user's: a typed or crafted number shows nothing."""
        request = await self.requests.get(request_id)
        return request if request is not None and request.user_id == user_id else None

    async def history(self, request: Request, limit: int = HISTORY_LIMIT) -> list[RequestMessage]:
        """What the migrant may see: their messages and the answers, never internal notes."""
        thread = await self.requests.thread(request.id, limit)
        return [m for m in thread if m.direction != "note"]

    async def relay_from_user(
        self, request: Request, message_id: int, content: Content, replied_to: int | None
    ) -> None:
        """A migrant's message (``message_id`` in their chat) into the request's topic, copied
        so media come along. ``replied_to``: the message of theirs it replies to, if any."""
        if not request.is_open or request.user_id is None:
            raise RequestError("request-closed")
        written = Written("in", request.user_id, message_id, content)
        await self._relay(request, written, replied_to, _USER_REFUSALS, self._user_wrote)

    async def _user_wrote(
        self, conn: aiosqlite.Connection, request: Request, now: datetime
    ) -> None:
        if request.status == "answered":  # the migrant wrote back: operators' turn again
            await self.requests.set_status(conn, request.id, "in_progress", now)
            await self._queue_card(conn, request.id, request.staff_chat_id, now)
        await self._tell_if_away(conn, request, now)

    async def _tell_if_away(
        self, conn: aiosqlite.Connection, request: Request, now: datetime
    ) -> None:
        """Outside office hours: once per closed period (not per message), the migrant is
        told when the office answers, and for an urgent matter the emergency numbers."""
        until = self._closed_until(now)
        if until is None or request.user_id is None:
            return
        if request.away_notice_until is not None and now < request.away_notice_until:
            return  # told already in this closed period
        await self.requests.set_away_notice(conn, request.id, until)
        t = await self._user_t(request.user_id)
        urgent = request.urgent or request.category in URGENT_CATEGORIES
        lines = [t("request-away-reply", number=request.id), *after_hours_lines(t, until, urgent)]
        await self.outbox.add_text(conn, chat_id=request.user_id, text="\n".join(lines), now=now)

    def _closed_until(self, now: datetime) -> datetime | None:
        """When the office opens next, if it is closed now (None: it is open)."""
        if self.office_hours is None or self.office_hours.is_open(now):
            return None
        return self.office_hours.next_opening(now)

    def _answer_due(self, filed_at: datetime, category: str, urgent: bool) -> datetime | None:
        return self.answer_deadlines.due_at(filed_at, category, urgent, self.office_hours)

    async def rate(self, user_id: int, request_id: int, rating: int) -> Request:
        request = await self.get_for_user(user_id, request_id)
        if request is None or request.status != "closed" or not 1 <= rating <= 5:
            raise RequestError("request-not-found")
        if request.rating is not None:  # a second press changes nothing
            return request
        now = self.now()
        async with self.db.transaction() as conn:
            current = await self.requests.current(conn, request.id)
            if current is None or current.user_id != user_id or current.rating is not None:
                return request  # erased, or rated by a second press in the meantime
            await self.requests.set_rating(conn, request.id, rating, now)
            note = self.staff_t("staff-rated", number=request.id, rating=rating)
            await self._queue_staff_text(conn, request.id, request.staff_chat_id, note)
            await self._queue_card(conn, request.id, request.staff_chat_id, now)  # shows it
        self.on_queued()
        return request

    async def erase_user(self, user_id: int) -> int:
        """Delete my data: requests anonymised (and their copies removed from the staff chat),
        the user's row with their settings, dates and registrations deleted. Returns how many
        requests were anonymised."""
        now = self.now()
        async with self.db.transaction() as conn:
            ids = await self.requests.anonymise_user(conn, user_id, now)
            await self.outbox.forget_requests(conn, ids)
            await self.outbox.forget_chat(conn, user_id)
            for request_id in ids:
                await self._queue_erase(conn, request_id, now)
            await self.limits.delete(conn, user_id)
            await self.users.delete(conn, user_id)
        await self.db.checkpoint()
        self.on_queued()
        return len(ids)

    async def anonymise_expired(self, retention_days: int) -> int:
        """Scheduled: closed requests older than the retention period lose their personal data."""
        now = self.now()
        cutoff = now - timedelta(days=retention_days)
        async with self.db.transaction() as conn:
            ids = await self.requests.anonymise_closed_before(conn, cutoff, now, RETENTION_BATCH)
            await self.outbox.forget_requests(conn, ids)
            for request_id in ids:
                await self._queue_erase(conn, request_id, now)
        count = len(ids)
        if count:
            await self.db.checkpoint()
            self.on_queued()
        return count

    # --- the operators' side --------------------------------------------------------------

    def staff_t(self, text_id: str, **args: object) -> str:
        return self.i18n.get(self.i18n.default_locale)(text_id, **args)

    async def by_topic(self, chat_id: int, topic_id: int) -> Request | None:
        return await self.requests.by_topic(chat_id, topic_id)

    async def by_staff_message(self, chat_id: int, message_id: int) -> Request | None:
        return await self.requests.by_staff_message(chat_id, message_id)

    async def get(self, request_id: int) -> Request | None:
        return await self.requests.get(request_id)

    async def relay_from_staff(self, request: Request, message: Message, author_id: int) -> None:
        """An operator's message to the migrant: copied, so the operator stays anonymous."""
        if request.user_id is None:
            raise RequestError("staff-erased")
        content = content_of(message)
        written = Written("out", message.chat.id, message.message_id, content, author_id)

        async def answered(conn: aiosqlite.Connection, request: Request, now: datetime) -> None:
            await self._answered(conn, request, author_id, now)

        await self._relay(request, written, replied_in_topic(message), _STAFF_REFUSALS, answered)

    async def send_template(self, request: Request, template_id: str, author_id: int) -> None:
        """A canned answer, in the migrant's language; a copy of it is shown in the topic."""
        if request.user_id is None:
            raise RequestError("staff-erased")
        user = await self.users.get(request.user_id)
        t = self.i18n.get((user.reach_locale if user else None) or self.i18n.default_locale)
        text = t(f"template-{template_id}-text", number=request.id)
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._locked(conn, request.id, "staff-already-closed")
            message_id = await self.requests.add_message(
                conn, request.id, NewMessage("out", "text", text=text, author_id=author_id), now
            )
            await self.outbox.add_text(
                conn,
                chat_id=user_id_of(request),
                text=text,
                now=now,
                request_message_id=message_id,
            )
            shown = self.staff_t("staff-template-sent", language=t.locale) + "\n\n" + text
            await self._queue_staff_text(conn, request.id, request.staff_chat_id, shown)
            await self._answered(conn, request, author_id, now)
        self.on_queued()

    async def add_note(self, request: Request, message: Message, author_id: int) -> None:
        """A message starting with '!': recorded, stays in the topic, never sent."""
        if await self.requests.written(request.id, "note", message.chat.id, message.message_id):
            return
        content = content_of(message)
        written = Written("note", message.chat.id, message.message_id, content, author_id)
        async with self.db.single_statement() as conn:
            await self.requests.add_message(conn, request.id, written.record(), self.now())

    async def take(self, request_id: int, operator_id: int) -> Request:
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._open_request(conn, request_id)
            await self.requests.set_assignee(conn, request.id, operator_id, now)
            if request.status == "new":
                await self.requests.set_status(conn, request.id, "in_progress", now)
                await self._notify_user(conn, request, "request-notice-taken", now)
            await self._queue_card(conn, request.id, request.staff_chat_id, now, pressed=True)
        self.on_queued()
        return request

    async def assign(self, request_id: int, operator_id: int, *, holder: str, by: str) -> Request:
        """Hand the request to ``operator_id`` (named ``holder``), by the operator named ``by``:
        the card shows the new holder and the topic says so, mentioning them so Telegram
        notifies them. The migrant is told nothing of who (only, as on Take, that an operator
        took a new request into work)."""
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._open_request(conn, request_id)
            if request.user_id is None:
                raise RequestError("staff-erased")
            if request.assignee_id == operator_id:
                raise RequestError("staff-assign-same", name=holder)  # a toast: plain text
            await self.requests.set_assignee(conn, request.id, operator_id, now)
            if request.status == "new":
                await self.requests.set_status(conn, request.id, "in_progress", now)
                await self._notify_user(conn, request, "request-notice-taken", now)
            notice = self.staff_t(
                "staff-assigned-notice",
                number=request.id,
                holder=mention(operator_id, holder),
                by=html.escape(by),
            )
            await self._queue_staff_text(conn, request.id, request.staff_chat_id, notice)
            await self._queue_card(conn, request.id, request.staff_chat_id, now, pressed=True)
        self.on_queued()
        return request

    async def set_urgent(self, request_id: int, urgent: bool) -> Request:
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._existing(conn, request_id)
            if request.user_id is None:  # its card must not come back
                raise RequestError("staff-erased")
            await self.requests.set_urgent(conn, request.id, urgent, now)
            # Not answered yet: the deadline follows (an escalated one stays escalated).
            due = self._answer_due(request.created_at, request.category, urgent)
            await self.requests.set_answer_due(conn, request.id, due)
            await self._queue_card(conn, request.id, request.staff_chat_id, now, pressed=True)
        self.on_queued()
        return request

    async def close(self, request_id: int) -> Request:
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._open_request(conn, request_id)
            await self.requests.set_status(conn, request.id, "closed", now)
            await self._queue_card(conn, request.id, request.staff_chat_id, now, pressed=True)
            if request.user_id is not None:
                t = await self._user_t(request.user_id)
                rate = rating_menu(request.id)
                await self.outbox.add_text(
                    conn,
                    chat_id=request.user_id,
                    text=t("request-notice-closed", number=request.id),
                    now=now,
                    reply_markup=rate.model_dump(mode="json", exclude_none=True),
                )
        self.on_queued()
        return request

    async def reopen(self, request_id: int) -> Request:
        now = self.now()
        async with self.db.transaction() as conn:
            request = await self._existing(conn, request_id)
            if request.is_open:
                raise RequestError("staff-already-open")
            if request.user_id is None:
                raise RequestError("staff-erased")
            await self.requests.set_status(conn, request.id, "in_progress", now)
            await self._notify_user(conn, request, "request-notice-reopened", now)
            await self._queue_card(conn, request.id, request.staff_chat_id, now, pressed=True)
        self.on_queued()
        return request

    # --- helpers ------------------------------------------------------------------------------

    async def _existing(self, conn: aiosqlite.Connection, request_id: int) -> Request:
        request = await self.requests.current(conn, request_id)
        if request is None:
            raise RequestError("staff-request-unknown")
        return request

    async def _open_request(self, conn: aiosqlite.Connection, request_id: int) -> Request:
        request = await self._existing(conn, request_id)
        if not request.is_open:
            raise RequestError("staff-already-closed")
        return request

    async def _locked(
        self,
        conn: aiosqlite.Connection,
        request_id: int,
        closed_text_id: str,
        erased_text_id: str = "staff-erased",
    ) -> Request:
        """Inside the transaction: the request still has its user and is still open, else
        RequestError (the transaction rolls back: nothing is relayed)."""
        request = await self.requests.current(conn, request_id)
        if request is None or request.user_id is None:
            raise RequestError(erased_text_id)
        if not request.is_open:
            raise RequestError(closed_text_id)
        return request

    async def _answered(
        self, conn: aiosqlite.Connection, request: Request, author_id: int, now: datetime
    ) -> None:
        """An answer went out: first response time, status, and an assignee if none."""
        await self.requests.set_first_response(conn, request.id, now)
        if request.assignee_id is None:
            await self.requests.set_assignee(conn, request.id, author_id, now)
        if request.status != "closed":
            await self.requests.set_status(conn, request.id, "answered", now)
        await self._queue_card(conn, request.id, request.staff_chat_id, now)

    async def _user_t(self, user_id: int) -> Translator:
        user = await self.users.get(user_id)
        return self.i18n.get((user.reach_locale if user else None) or self.i18n.default_locale)

    async def _notify_user(
        self, conn: aiosqlite.Connection, request: Request, text_id: str, now: datetime
    ) -> None:
        if request.user_id is None:
            return
        t = await self._user_t(request.user_id)
        await self.outbox.add_text(
            conn, chat_id=request.user_id, text=t(text_id, number=request.id), now=now
        )

    async def _queue_card(
        self,
        conn: aiosqlite.Connection,
        request_id: int,
        chat_id: int,
        now: datetime,
        *,
        pressed: bool = False,
    ) -> None:
        """Create the topic if it is missing, then send or refresh the card. ``pressed``: an
        operator pressed a card button and waits to see it change (else the refresh waits
        for room in the staff chat's 20 messages a minute)."""
        priority = Priority.INTERACTIVE if pressed else None
        await self.outbox.add_card(
            conn, chat_id=chat_id, request_id=request_id, now=now, priority=priority
        )

    async def _queue_erase(
        self, conn: aiosqlite.Connection, request_id: int, now: datetime
    ) -> None:
        request = await self.requests.get(request_id)
        if request is not None:
            await self.outbox.add_erase(
                conn, chat_id=request.staff_chat_id, request_id=request_id, now=now
            )

    async def _queue_staff_text(
        self, conn: aiosqlite.Connection, request_id: int, chat_id: int, text: str
    ) -> None:
        await self.outbox.add_text(
            conn, chat_id=chat_id, text=text, now=self.now(), request_id=request_id
        )

    async def _queue_attachment(
        self, conn: aiosqlite.Connection, request_id: int, new: NewRequest, attachment: Attachment
    ) -> None:
        """Evidence sent with the form: recorded as the migrant's, sent by its file id."""
        now = self.now()
        content = Content(attachment.kind, attachment.caption, attachment.file_id)
        written = Written("in", new.user_id, attachment.user_message_id, content)
        message_id = await self.requests.add_message(conn, request_id, written.record(), now)
        await self.outbox.add_file(
            conn,
            chat_id=new.staff_chat_id,
            file_kind=attachment.kind,
            file_id=attachment.file_id,
            caption=html.escape(attachment.caption) if attachment.caption else None,
            now=now,
            request_id=request_id,
            request_message_id=message_id,
        )

    # --- the relay, both directions -----------------------------------------------------

    async def _relay(
        self,
        request: Request,
        written: Written,
        replied_to: int | None,
        refusals: tuple[str, str],
        then: AfterRelay,
    ) -> None:
        """Record ``written`` in the thread and queue its copy to the other side, in one
        transaction with what ``then`` changes; an update handled twice is relayed once.
        ``replied_to``: the message of the writer's side it replies to (the copy replies to
        that message's counterpart); ``refusals``: (closed, erased) text ids."""
        if await self.requests.written(
            request.id, written.direction, written.chat_id, written.message_id
        ):
            return  # the same update again, after a crash: relayed already
        now = self.now()
        reply_to = await self._other_side_of_reply(request, written, replied_to)
        async with self.db.transaction() as conn:
            request = await self._locked(conn, request.id, *refusals)
            row_id = await self.requests.add_message(conn, request.id, written.record(), now)
            chat_id, lane_request = other_side_of(request, written.direction)
            await self.outbox.add_copy(
                conn,
                chat_id=chat_id,
                from_chat_id=written.chat_id,
                from_message_id=written.message_id,
                now=now,
                request_id=lane_request,
                request_message_id=row_id,
                reply_to_message_id=reply_to,
            )
            await then(conn, request, now)
        self.on_queued()

    async def _other_side_of_reply(
        self, request: Request, written: Written, replied_to: int | None
    ) -> int | None:
        """The writer replied to a message of the thread (in the chat they wrote in): the
        copy replies to its counterpart on the other side (the operator's original, the
        migrant's copy...)."""
        if replied_to is None:
            return None
        side = written_on(written.direction)
        other = other_side(side)
        known = await self.requests.message_by_side(request.id, side, written.chat_id, replied_to)
        if known is None:
            return None
        if other == "staff" and known.staff_chat_id != request.staff_chat_id:
            return None  # its copy is in the chat the request left (it was transferred)
        return known.id_on(other)

    # --- edits, both directions ---------------------------------------------------------

    async def edit_from_user(self, user_id: int, edited: Edited) -> None:
        """The migrant edited a message of theirs: if it went into a request's thread, the
        topic's copy follows (see :meth:`_relay_edit`); anything else is not ours to relay."""
        found = await self.requests.written_in_chat("user", user_id, edited.message_id)
        if found is not None:
            await self._relay_edit(found, edited, "user")

    async def edit_from_staff(self, edited: Edited) -> None:
        """An operator edited an answer (the migrant's copy follows) or a note (recorded)."""
        found = await self.requests.written_in_chat("staff", edited.chat_id, edited.message_id)
        if found is not None:
            await self._relay_edit(found, edited, "staff")

    async def _relay_edit(self, found: RequestMessage, edited: Edited, side: Side) -> None:
        """Store what the message shows now and, unless it is a note, queue the change of
        its copy: in the copy's own outbox lane, behind the copy if that is still on its way
        (so edits never overtake it, nor each other: the last one stays). An edit that
        changes nothing relayed (a live location moving) does nothing; a closed request
        takes no more edits (the writer is told), an erased one is gone. (Only the new text
        is stored, not its formatting: an edit of the formatting alone is relayed too.)"""
        now = self.now()
        erased = "request-closed" if side == "user" else "staff-erased"
        async with self.db.transaction() as conn:
            request = await self.requests.current(conn, found.request_id)
            message = await self.requests.current_message(conn, found.id)
            if request is None or request.user_id is None or message is None:
                raise RequestError(erased)
            content = edited.content
            if _shows_nothing_new(message, content):
                return
            if not request.is_open and message.direction != "note":
                raise RequestError(_EDIT_CLOSED[side], number=request.id)
            text = clip_stored(content.text)
            await self.requests.set_edited(
                conn, message.id, kind=content.kind, text=text, file_id=content.file_id, now=now
            )
            if message.direction != "note":
                await self._queue_edit(conn, request, message, edited, now)
        self.on_queued()

    async def _queue_edit(
        self,
        conn: aiosqlite.Connection,
        request: Request,
        message: RequestMessage,
        edited: Edited,
        now: datetime,
    ) -> None:
        if message.direction == "in":  # read in the staff chat
            t = self.i18n.get(self.i18n.default_locale)
        else:
            t = await self._user_t(user_id_of(request))
        chat_id, lane_request = other_side_of(request, message.direction)
        await self.outbox.add_edit(
            conn,
            chat_id=chat_id,
            request_id=lane_request,
            request_message_id=message.id,
            how=edit_how(message, edited.content),
            text=edited.html,
            fallback_text=marked(t, edited),
            from_chat_id=edited.chat_id,
            from_message_id=edited.message_id,
            now=now,
        )


def _shows_nothing_new(before: RequestMessage, after: Content) -> bool:
    """An edit without text, media or kind to change (a live location moving on)."""
    unchanged = (before.kind, before.file_id) == (after.kind, after.file_id)
    return unchanged and before.text is None and after.text is None
