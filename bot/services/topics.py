"""A request's place in the staff chat: its forum topic and the card at the top of it.

The outbox sender asks ``TopicKeeper`` where a staff chat row goes. A request gets its topic
the first time something is sent for it; staff may delete a topic, and the next message then
opens a new one holding what the first one held: the card, the full description (when the
card shows only its start), every file the migrant sent (again by file id), and the thread's
history. Because the one outbox sender asks for topics one row at a time, two messages for a
new request never open two topics (a lock per request covers its message and card lanes). An
erased request gets no topic or card again.

If the staff chat is a plain group (Telegram answers "the chat is not a forum"), the card
goes to the group and every message for the request replies to it; operators answer by
replying to the card or to a relayed message.

A card refresh also brings the topic's open/closed state in Telegram in line with the request
(closeForumTopic when it is closed, reopenForumTopic when it is reopened): it travels in the
request's card lane of the outbox, so a 429 or a restart delays it but never loses it, and a
Close followed at once by Reopen touches the topic not at all. A topic already in that state
(TOPIC_NOT_MODIFIED: closed by hand) is simply recorded; a deleted one is left to the next
message, which opens a new topic. The bot, an admin with the right to manage topics, may
post in a closed topic (a rating arriving after the close); if Telegram refuses it
(TOPIC_CLOSED: the right was taken away), the topic it created is reopened first and the card
lane closes it again.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
from collections.abc import AsyncIterator, Awaitable, Callable

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import InlineKeyboardMarkup, ReplyParameters

from bot.content.cities import CITIES
from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.outbox import OutboxRepository
from bot.db.requests import Request, RequestMessage, RequestsRepository
from bot.db.transfers import TransfersRepository
from bot.i18n import Translator
from bot.keyboards.request_menus import card_menu
from bot.local_time import moscow_minute, moscow_short
from bot.services.files import send_by_file_id
from bot.telegram.lengths import CAPTION_LIMIT, MESSAGE_LIMIT, clip, split_text, telegram_length

log = logging.getLogger(__name__)

TOPIC_NAME_LIMIT = 128
CARD_TEXT_LIMIT = 2500
HISTORY_LIMIT = 3500
RESTORED_MESSAGES = 200  # of a thread, when its topic is opened again
OPENING_LOCKS = 64


class RequestErasedError(LookupError):
    """The request's personal data was erased after its row was read: the row is not sent,
    and the request never gets a topic or a card again (only its erasure goes on)."""


#: How Telegram says a topic is gone (the older and the newer wording).
_TOPIC_MISSING = ("thread not found", "topic_deleted", "topic_id_invalid")


def is_thread_missing(error: TelegramBadRequest) -> bool:
    text = error.message.lower()
    return any(phrase in text for phrase in _TOPIC_MISSING)


def is_topic_closed(error: TelegramBadRequest) -> bool:
    """The bot may not post in a closed topic (it lacks the right to manage topics)."""
    return "topic_closed" in error.message.lower()


def mention(user_id: int, name: str) -> str:
    """A staff member's name that notifies them in the staff chat (escaped HTML)."""
    return f'<a href="tg://user?id={user_id}">{html.escape(name)}</a>'


def request_link(request: Request) -> str:
    """№12 as a link to the request's topic (or its card in a plain group)."""
    target = request.topic_id or request.card_message_id
    label = f"№{request.id}"
    chat = str(request.staff_chat_id)
    if target is None or not chat.startswith("-100"):
        return label
    return f'<a href="https://t.me/c/{chat[4:]}/{target}">{label}</a>'


Names = Callable[[int], Awaitable[str | None]]


async def _no_names(_user_id: int) -> str | None:
    return None


class TopicGone(Exception):  # noqa: N818 - an event, not a mistake
    """Telegram said this topic no longer exists (staff deleted it)."""

    def __init__(self, topic_id: int | None) -> None:
        super().__init__(topic_id)
        self.topic_id = topic_id


def city_name(t: Translator, city: str) -> str:
    return t(f"city-{city}") if city in CITIES else city


def topic_name(t: Translator, request: Request) -> str:
    name = t(
        "staff-topic-name",
        number=request.id,
        category=t(f"request-category-{request.category}"),
        city=city_name(t, request.city),
    )
    if request.urgent:
        name = "🔴 " + name
    if not request.is_open:
        name = "✅ " + name
    if request.user_id is None:
        name = "⚪ " + name
    return name[:TOPIC_NAME_LIMIT]


def card_text(t: Translator, request: Request, holder: str | None = None) -> str:
    """The request summary operators see at the top of its topic (escaped HTML); ``holder``:
    the name of the operator who holds it (plain text)."""
    created = moscow_minute(request.created_at)
    lines = []
    if request.urgent:
        lines.append(t("staff-card-urgent"))
    lines.append(
        t(
            "staff-card-title",
            number=request.id,
            category=t(f"request-category-{request.category}"),
        )
    )
    lines.append(t("staff-card-city", city=html.escape(city_name(t, request.city))))
    lines.append(
        t(
            "staff-card-status",
            status=t(f"request-status-{request.status}"),
            assignee=html.escape(holder_label(request, holder)),
        )
    )
    lines.append(t("staff-card-created", date=created))
    due = answer_due_line(t, request)
    if due:
        lines.append(due)
    if request.user_id is None:
        lines.append(t("staff-card-erased"))
        return "\n".join(lines)
    if request.phone:
        lines.append(t("staff-card-phone", phone=html.escape(request.phone)))
    else:
        lines.append(t("staff-card-chat-only"))
    if request.rating:
        lines.append(t("staff-card-rating", rating=request.rating))
    text = request.text or ""
    shown = html.escape(clip(text, CARD_TEXT_LIMIT))
    if is_too_long_for_card(text):
        shown += "…\n" + t("staff-card-continued")
    lines.append("")
    lines.append(shown)
    return "\n".join(lines)


def holder_label(request: Request, name: str | None) -> str:
    if request.assignee_id is None:
        return "—"
    return name or f"id {request.assignee_id}"


def answer_due_line(t: Translator, request: Request) -> str | None:
    """Until the first answer: by when it is due, or that it is overdue (a time of day, not a
    countdown, so the card need not change every minute)."""
    due = request.answer_due_at
    if due is None or request.first_response_at is not None or not request.is_open:
        return None
    text_id = "staff-card-overdue" if request.escalated_at else "staff-card-due"
    return t(text_id, time=moscow_short(due))


def is_too_long_for_card(text: str) -> bool:
    return telegram_length(text) > CARD_TEXT_LIMIT


def full_text(t: Translator, request_id: int, text: str) -> list[str]:
    """The whole description, after a card that could show only its start: as many messages
    as it takes, each under its heading (escaped HTML)."""
    heading = t("staff-full-text", number=request_id)
    parts = split_text(text, MESSAGE_LIMIT - telegram_length(heading) - 1)
    return [heading + "\n" + html.escape(part) for part in parts]


def history_text(
    t: Translator, messages: list[RequestMessage], title_id: str = "staff-history-title"
) -> str:
    """After a topic was deleted (or the request transferred): what the thread held, newest
    last, within one message, under the heading ``title_id``."""
    lines: list[str] = []
    for message in reversed(messages):
        who = t(f"staff-history-{message.direction}")
        when = moscow_short(message.created_at)
        body = html.escape(clip(message.text or "", 300)) or f"[{message.kind}]"
        line = f"{when} {who}: {body}"
        if sum(map(telegram_length, lines)) + telegram_length(line) > HISTORY_LIMIT:
            lines.append("…")
            break
        lines.append(line)
    return t(title_id) + "\n" + "\n".join(reversed(lines))


def restored_thread(
    t: Translator,
    request: Request,
    thread: list[RequestMessage],
    history_title: str = "staff-history-title",
) -> list[str | RequestMessage]:
    """What a new topic shows after the card so that it holds what the request's first one
    held: the full description if the card shows only its start (texts, escaped HTML), every
    file the migrant sent that reached the staff chat (to send again by file id), and the
    history. What has not reached the staff chat yet is left out: it follows as itself."""
    parts: list[str | RequestMessage] = []
    if request.text and is_too_long_for_card(request.text):
        parts.extend(full_text(t, request.id, request.text))
    files = [m for m in thread if m.direction == "in" and m.file_id and m.delivered_at]
    parts.extend(files)
    history = [
        m for m in thread if m not in files and (m.direction != "in" or m.delivered_at is not None)
    ]
    if history:
        parts.append(history_text(t, history, history_title))
    return parts


class TopicKeeper:
    def __init__(
        self,
        db: Database,
        bot: Bot,
        t: Translator,
        names: Names = _no_names,
        *,
        transfers: bool = False,
    ) -> None:
        self.db = db
        self.bot = bot
        self.t = t  # the staff chat's language
        self.names = names  # a staff member's display name
        self.with_transfer = transfers  # cards offer Transfer (there is another team)
        self.requests = RequestsRepository(db)
        self.transfers = TransfersRepository(db)
        self.outbox = OutboxRepository(db)
        self._not_forum: set[int] = set()
        self._lost: set[int] = set()  # requests whose topic staff deleted
        # Striped by request id: bounded, and no lock is ever replaced while someone waits.
        self._opening = [asyncio.Lock() for _ in range(OPENING_LOCKS)]

    async def place(self, request_id: int) -> tuple[int, int | None, int | None]:
        """(staff chat, thread id, message to reply to) for a row about ``request_id``: the
        chat it is in now; opens the topic (or, in a plain group, sends the card) if there is
        none yet."""
        request, _ = await self._opened(request_id)
        if request.topic_id is None:  # a plain group: reply to the card
            return request.staff_chat_id, None, request.card_message_id
        return request.staff_chat_id, request.topic_id, None

    async def still_in(self, request_id: int, chat_id: int) -> bool:
        """The request is (still) in staff chat ``chat_id`` (not transferred meanwhile)."""
        request = await self.requests.get(request_id)
        return request is None or request.staff_chat_id == chat_id

    async def refresh_card(self, request_id: int) -> int:
        """Send the card, or edit it to the request as it is now (and rename the topic, and
        close or reopen it with the request)."""
        request, had_card = await self._opened(request_id)
        card_id = await self._show_card(request, had_card)
        await self._match_topic_state(request.id)
        return card_id

    async def _show_card(self, request: Request, had_card: bool) -> int:
        if request.card_message_id is None:
            return await self._send_card(request)
        if not had_card:  # _open has just sent it, as the request is now
            return request.card_message_id
        await self._rename_topic(request)
        try:
            await self.bot.edit_message_text(
                chat_id=request.staff_chat_id,
                message_id=request.card_message_id,
                text=await self._card_text(request),
                reply_markup=self._card_menu(request),
            )
        except TelegramBadRequest as error:
            if "not modified" in error.message:
                return request.card_message_id
            if is_thread_missing(error):
                raise TopicGone(request.topic_id) from error
            if "not found" not in error.message:
                raise
            return await self._card_missing(request)
        return request.card_message_id

    def _card_menu(self, request: Request) -> InlineKeyboardMarkup:
        return card_menu(self.t, request, transfer=self.with_transfer)

    async def _card_text(self, request: Request) -> str:
        holder = await self.names(request.assignee_id) if request.assignee_id else None
        return card_text(self.t, request, holder)

    async def _match_topic_state(self, request_id: int) -> None:
        """Close the topic of a closed request, reopen that of an open one (forums only)."""
        async with self._opening[request_id % len(self._opening)]:
            request = await self._get(request_id)
            closed = not request.is_open
            if request.topic_id is not None and request.topic_closed != closed:
                await self._set_topic_closed(request, request.topic_id, closed=closed)

    async def _set_topic_closed(self, request: Request, topic_id: int, *, closed: bool) -> None:
        try:
            if closed:
                await self.bot.close_forum_topic(request.staff_chat_id, topic_id)
            else:
                await self.bot.reopen_forum_topic(request.staff_chat_id, topic_id)
        except TelegramBadRequest as error:
            if is_thread_missing(error):  # deleted: the next message opens a new one
                log.info("request %s: its topic is gone, not %s", request.id, _verb(closed))
                return
            if "not_modified" not in error.message.lower():  # closed or open by hand already
                raise
        async with self.db.single_statement() as conn:
            await self.requests.set_topic_closed(conn, request.id, topic_id, closed)

    @contextlib.asynccontextmanager
    async def reopened(self, request_id: int) -> AsyncIterator[None]:
        """Telegram refused a message in the request's closed topic (TOPIC_CLOSED): reopen
        it (the bot created it, so it may) for the caller to post in, with no card refresh
        closing it meanwhile; a fresh card refresh closes it again if the request is closed."""
        async with self._opening[request_id % len(self._opening)]:
            request = await self._living(request_id)
            if request.topic_id is not None:
                await self._set_topic_closed(request, request.topic_id, closed=False)
                if not request.is_open:  # the card lane closes it again after this message
                    async with self.db.single_statement() as conn:
                        await self.outbox.add_card(
                            conn,
                            chat_id=request.staff_chat_id,
                            request_id=request.id,
                            now=utc_now(),
                            fresh=True,  # one in flight may have seen the topic closed
                        )
            yield

    async def _card_missing(self, seen: Request) -> int:
        """The card ``seen`` pointed to is gone (deleted by staff): send a new one, unless
        another row has meanwhile (a new topic opened with its own card)."""
        async with self._opening[seen.id % len(self._opening)]:
            request = await self._living(seen.id)
            if request.card_message_id not in (None, seen.card_message_id):
                return request.card_message_id
            async with self.db.single_statement() as conn:
                await self.requests.set_card(conn, request.id, None)
            return await self._send_card(request)

    async def topic_lost(self, request_id: int, stale_topic_id: int | None) -> None:
        """Telegram said the topic a row used is gone: forget it (unless another row has
        already opened a new one); the next row opens a new one."""
        async with self.db.single_statement() as conn:
            forgotten = await self.requests.forget_topic(conn, request_id, stale_topic_id)
        if forgotten:
            log.info("request %s: topic %s was deleted, opening anew", request_id, stale_topic_id)
            self._lost.add(request_id)

    async def erase(self, request_id: int) -> None:
        """The request's personal data was erased: remove its copies from the staff chat, and
        from every staff chat it was transferred from."""
        request = await self._get(request_id)
        for left in await self.transfers.of_request(request.id):
            card = left.from_card_message_id
            await self._erase_in(request.id, left.from_chat_id, left.from_topic_id, card)
        await self._erase_in(
            request.id, request.staff_chat_id, request.topic_id, request.card_message_id
        )
        async with self.db.single_statement() as conn:
            await self.requests.forget_topic(conn, request.id, request.topic_id)

    async def _erase_in(
        self, request_id: int, chat_id: int, topic_id: int | None, card_id: int | None
    ) -> None:
        if topic_id is not None and chat_id not in self._not_forum:
            try:
                await self.bot.delete_forum_topic(chat_id, topic_id)
            except TelegramBadRequest as error:
                if not is_thread_missing(error):
                    raise
            return
        ids = await self.requests.staff_message_ids(request_id, chat_id)
        ids = sorted({*ids, *([card_id] if card_id is not None else [])})
        for start in range(0, len(ids), 100):
            try:
                await self.bot.delete_messages(chat_id, ids[start : start + 100])
            except TelegramBadRequest as error:  # too old to delete: nothing more to do
                log.warning("request %s: messages not deleted: %s", request_id, error.message)

    async def retire(self, chat_id: int, topic_id: int | None, card_id: int | None) -> None:
        """A request was transferred out of this chat: its card there loses its buttons and
        its topic is closed (each step done already, or gone, counts as done)."""
        if card_id is not None:
            try:
                await self.bot.edit_message_reply_markup(chat_id=chat_id, message_id=card_id)
            except TelegramBadRequest as error:
                if "not modified" not in error.message and "not found" not in error.message:
                    raise
        if topic_id is None:
            return
        try:
            await self.bot.close_forum_topic(chat_id, topic_id)
        except TelegramBadRequest as error:
            if not is_thread_missing(error) and "not_modified" not in error.message.lower():
                raise

    # --- inside -------------------------------------------------------------------------------

    async def _get(self, request_id: int) -> Request:
        request = await self.requests.get(request_id)
        if request is None:
            raise LookupError(f"request {request_id} does not exist")
        return request

    async def _opened(self, request_id: int) -> tuple[Request, bool]:
        """The request with its topic (opened now if missing) and whether it had a card
        before. One request's card refreshes and messages travel in two outbox lanes: the
        lock makes sure only one of them opens the topic."""
        async with self._opening[request_id % len(self._opening)]:
            request = await self._living(request_id)
            had_card = request.card_message_id is not None
            if request.staff_chat_id in self._not_forum or request.topic_id is None:
                request = await self._open(request)
        return request, had_card

    async def _living(self, request_id: int) -> Request:
        request = await self._get(request_id)
        if request.user_id is None:
            raise RequestErasedError(f"request {request_id} was erased")
        return request

    async def _open(self, request: Request) -> Request:
        """Create the topic and its card; in a plain group just make sure the card exists."""
        if request.staff_chat_id not in self._not_forum:
            name = topic_name(self.t, request)
            try:
                topic = await self.bot.create_forum_topic(request.staff_chat_id, name)
            except TelegramBadRequest as error:
                if "not a forum" not in error.message:
                    raise
                log.warning(
                    "staff chat %s has no topics: replying to cards", request.staff_chat_id
                )
                self._not_forum.add(request.staff_chat_id)
            else:
                async with self.db.single_statement() as conn:
                    await self.requests.set_topic(conn, request.id, topic.message_thread_id, name)
                request = await self._get(request.id)
        if request.card_message_id is None:
            await self._send_card(request)
            request = await self._get(request.id)
        if request.id in self._lost:
            await self._restore(request)
            self._lost.discard(request.id)
        return request

    async def _send_card(self, request: Request) -> int:
        try:
            sent = await self.bot.send_message(
                chat_id=request.staff_chat_id,
                message_thread_id=request.topic_id,
                text=await self._card_text(request),
                reply_markup=self._card_menu(request),
            )
        except TelegramBadRequest as error:
            if is_thread_missing(error):
                raise TopicGone(request.topic_id) from error
            raise
        async with self.db.single_statement() as conn:
            await self.requests.set_card(conn, request.id, sent.message_id)
        return sent.message_id

    async def _restore(self, request: Request) -> None:
        """After the card of a topic opened again: the full description, the migrant's files
        and the history. What has not reached the staff chat yet follows as itself."""
        thread = await self.requests.thread(request.id, RESTORED_MESSAGES)
        for part in restored_thread(self.t, request, thread):
            if isinstance(part, str):
                await self._send_in_topic(request, part)
            else:
                await self._resend_file(request, part)

    async def _send_in_topic(self, request: Request, text: str) -> None:
        await self.bot.send_message(
            chat_id=request.staff_chat_id,
            message_thread_id=request.topic_id,
            text=text,
            reply_parameters=_reply_to(request.card_message_id),
        )

    async def _resend_file(self, request: Request, message: RequestMessage) -> None:
        caption = html.escape(clip(message.text, CAPTION_LIMIT)) if message.text else None
        await send_by_file_id(
            self.bot,
            request.staff_chat_id,
            message.kind,
            message.file_id or "",
            caption=caption,
            thread_id=request.topic_id,
        )

    async def _rename_topic(self, request: Request) -> None:
        name = topic_name(self.t, request)
        if request.topic_id is None or name == request.topic_name:
            return
        try:
            await self.bot.edit_forum_topic(request.staff_chat_id, request.topic_id, name=name)
        except TelegramBadRequest as error:
            # TOPIC_NOT_MODIFIED: an earlier try took effect though its answer was an error,
            # or staff renamed it so by hand
            if is_thread_missing(error):
                raise TopicGone(request.topic_id) from error
            if "not_modified" not in error.message.lower():
                raise
        async with self.db.single_statement() as conn:
            await self.requests.set_topic_name(conn, request.id, name)


def _verb(closed: bool) -> str:
    return "closed" if closed else "reopened"


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id=message_id, allow_sending_without_reply=True)
