"""``FakeTelegram``: an in-memory Bot API server for tests.

The same synchronous core (:meth:`FakeTelegram.handle`) answers real HTTP calls
(aiohttp on 127.0.0.1, random port; point aiogram at it with
``TelegramAPIServer.from_base(fake.base_url)``) and in-process calls from
:class:`~fake_telegram.session.RecordingSession`.  Every call is validated
against the Bot API spec; invalid calls are answered like Telegram answers them
(400 Bad Request) and collected in ``rejected`` so a test can assert none occurred.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from .bot_api import ApiError, BotApi, Upload, error_body
from .faults import ERROR_PAGE, FaultPlan
from .files import StoredFile
from .flood import FloodControl, FloodRules
from .html_check import utf16_len
from .limits import check_uploads
from .objects import JsonDict, ObjectFactory, user_object
from .spec import decode_params, load_spec, validate_call
from .store import ADMIN_RIGHTS, ChatStore, MessageKey, UpdateQueue
from .webhook import WebhookDelivery

__all__ = ["DEFAULT_TOKEN", "Call", "FakeTelegram", "StoredFile", "TopicClosedError"]

DEFAULT_TOKEN = "123456:TEST-TOKEN"
_MESSAGE_PREFIXES = ("send", "copyMessage", "forwardMessage", "edit")
_NOT_MESSAGES = frozenset({"sendChatAction"})
_POLL_INTERVAL = 0.02


@dataclass
class Call:
    """One request as the fake saw it and answered it."""

    method: str
    #: Form fields exactly as sent (strings).
    params: dict[str, str]
    #: The same, decoded by declared type: ints, bools, JSON objects/arrays.
    decoded: dict[str, Any] = field(default_factory=dict)
    #: Multipart file parts: name -> content.
    files: dict[str, bytes] = field(default_factory=dict)
    #: Multipart file parts: name -> the file name the client gave (when it gave one).
    file_names: dict[str, str] = field(default_factory=dict)
    status: int = 0
    response: JsonDict = field(default_factory=dict)
    #: When the call arrived, on the fake's clock.
    at: float = 0.0
    #: How the answer travels: "answer" (JSON), "page" (an HTML error page), "drop" (the
    #: connection is closed without an answer).
    transport: str = "answer"
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == 200

    @property
    def chat_id(self) -> Any:
        return self.decoded.get("chat_id")

    def summary(self) -> str:
        """``sendMessage(chat_id=1, text='hi') -> 200`` (long values shortened)."""
        args = ", ".join(f"{k}={_short(v)}" for k, v in self.params.items())
        tail = "" if self.ok else f" {self.response.get('description', '')}"
        return f"{self.method}({args}) -> {self.status}{tail}"


class TopicClosedError(PermissionError):
    """A member who is not the group's admin tried to write in a closed topic (Telegram's
    apps do not let them)."""


def _short(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[: limit - 3] + "...")


def _bot_user(token: str, username: str, first_name: str) -> JsonDict:
    prefix = token.split(":", 1)[0]
    bot_id = int(prefix) if prefix.isdigit() else 1
    return {"id": bot_id, "is_bot": True, "first_name": first_name, "username": username}


async def _read_request(
    request: web.Request,
) -> tuple[dict[str, str], dict[str, bytes], dict[str, str]]:
    """Query string + urlencoded/multipart form or JSON body -> string params, files
    and the files' names."""
    params: dict[str, str] = dict(request.query)
    files: dict[str, bytes] = {}
    names: dict[str, str] = {}
    if not request.can_read_body:
        return params, files, names
    if request.content_type == "application/json":
        body = await request.json()
        if isinstance(body, dict):
            params.update(
                {
                    k: v if isinstance(v, str) else json.dumps(v)
                    for k, v in body.items()
                    if v is not None
                }
            )
        return params, files, names
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            files[key] = value.file.read()
            if value.filename:
                names[key] = value.filename
        else:
            params[key] = value if isinstance(value, str) else value.decode()
    return params, files, names


class FakeTelegram:
    """A Telegram Bot API server that records, validates and answers calls.

    Usage::

        async with FakeTelegram() as fake:
            bot = Bot(fake.token, session=AiohttpSession(
                api=TelegramAPIServer.from_base(fake.base_url)))
            fake.user_message(42, "/start")
            await fake.wait_for(lambda: fake.last_text(42) is not None)
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        spec_path: str | None = None,
        *,
        username: str = "test_helpdesk_bot",
        first_name: str = "Helpdesk Test Bot",
        flood: FloodRules | None = None,
        clock: Callable[[], float] = time.monotonic,
        webhook_retry_delay: float = 1.0,
        webhook_timeout: float = 10.0,
        latency: float = 0.0,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        """``webhook_retry_delay``: seconds before an update the webhook did not take is
        delivered again; ``webhook_timeout``: how long a delivery waits for the answer."""
        self.token = token
        self.spec = load_spec(spec_path)
        self.bot_user = _bot_user(token, username, first_name)
        self.store = ChatStore()
        self.updates = UpdateQueue()
        self.api = BotApi(self.spec, self.store, self.updates, self.bot_user)
        self.factory = self.api.factory
        #: Delivery of updates by webhook once the bot called setWebhook (see .webhook).
        self.webhook = WebhookDelivery(
            self.api.webhook,
            self.updates,
            retry_delay=webhook_retry_delay,
            timeout=webhook_timeout,
            clock=clock,
        )
        self.faults = FaultPlan()
        #: Telegram's flood control (off unless ``flood`` rules are given).
        self.flood = FloodControl(flood, clock) if flood is not None else None
        self.clock = clock
        self.calls: list[Call] = []
        self.rejected: list[Call] = []
        #: answerCallbackQuery calls for a query the bot had already been told was answered
        #: (Telegram refuses them: "query is too old"); a retry after a failed answer is not one.
        self.answered_twice: list[Call] = []
        self._answers_acknowledged: set[str] = set()
        #: getUpdates calls that arrived (a long poll is in ``calls`` only once answered).
        self.polls_arrived = 0
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._callback_ids = itertools.count(1)
        self._stopping = asyncio.Event()  # cuts short the answers slow_next holds back
        self._listeners: list[Callable[[Call], None]] = []
        #: Files people sent (see :meth:`add_file`): file_id -> its bytes, name and type.
        self.files: dict[str, StoredFile] = self.api.files.stored
        #: Seconds every answer takes to come back (the network and Telegram's own work):
        #: a call is carried out, and counted by flood control, when it arrives; its answer
        #: reaches the bot ``latency`` later (slept with ``sleep``: a VirtualClock's in tests).
        self.latency = latency
        self.sleep: Callable[[float], Awaitable[None]] = sleep or asyncio.sleep

    # --- lifecycle ---------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` once :meth:`start` has run."""
        if self._base_url is None:
            raise RuntimeError("FakeTelegram is not started; call `await fake.start()`")
        return self._base_url

    async def start(self) -> None:
        """Serve HTTP on 127.0.0.1 on a free port."""
        if self._runner is not None:
            return
        self.updates.reopen()
        self._stopping.clear()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._http_handler)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file_handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        port = runner.addresses[0][1]
        self._runner, self._base_url = runner, f"http://127.0.0.1:{port}"
        self.webhook.start()

    async def stop(self) -> None:
        """Wake long-polling requests (they get ``[]``), answer held calls at once and shut
        the server down."""
        await self.webhook.stop()
        self.updates.close()
        self._stopping.set()
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner, self._base_url = None, None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    async def _http_handler(self, request: web.Request) -> web.Response:
        params, files, names = await _read_request(request)
        call = await self.handle_async_call(
            request.match_info["method"],
            params,
            files=files,
            file_names=names,
            token=request.match_info["token"],
        )
        if call.transport == "drop" and request.transport is not None:
            request.transport.close()  # the client sees the connection go, no answer
        if call.transport == "page":
            return web.Response(status=call.status, text=ERROR_PAGE, content_type="text/html")
        return web.json_response(call.response, status=call.status)

    async def _file_handler(self, request: web.Request) -> web.Response:
        status, body = self.download(request.match_info["token"], request.match_info["path"])
        kind = "application/octet-stream" if status == 200 else "application/json"
        return web.Response(status=status, body=body, content_type=kind)

    def download(self, token: str, path: str) -> tuple[int, bytes]:
        """GET /file/bot<token>/<path>: (HTTP status, body), as Telegram's file server."""
        if token != self.token:
            return 401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}'
        return self.api.files.download(path)

    # --- the core ----------------------------------------------------------------

    def handle(
        self,
        method: str,
        params: Mapping[str, str],
        *,
        files: Mapping[str, bytes] | None = None,
        file_names: Mapping[str, str] | None = None,
        token: str | None = None,
    ) -> tuple[int, JsonDict]:
        """Validate, record and answer one call; returns (HTTP status, JSON body).

        ``files`` are multipart file parts, ``file_names`` their file names.
        ``token`` is the token from the URL (``None`` skips the check).
        getUpdates never waits here; use :meth:`handle_async` for long polling.
        """
        call = self.handle_call(method, params, files=files, file_names=file_names, token=token)
        return call.status, call.response

    def handle_call(
        self,
        method: str,
        params: Mapping[str, str],
        *,
        files: Mapping[str, bytes] | None = None,
        file_names: Mapping[str, str] | None = None,
        token: str | None = None,
    ) -> Call:
        """:meth:`handle`, returning the whole :class:`Call` (its ``transport`` included)."""
        call = Call(
            method,
            dict(params),
            files=dict(files or {}),
            file_names=dict(file_names or {}),
            at=self.clock(),
        )
        self.calls.append(call)
        call.status, call.response = self._answer(call, token)
        if call.method == "answerCallbackQuery":
            self._note_callback_answer(call)
        for listener in self._listeners:
            listener(call)
        return call

    def _note_callback_answer(self, call: Call) -> None:
        query_id = str(call.decoded.get("callback_query_id"))
        if query_id in self._answers_acknowledged:
            self.answered_twice.append(call)
        elif call.ok and call.transport == "answer":
            self._answers_acknowledged.add(query_id)

    def add_listener(self, listener: Callable[[Call], None]) -> None:
        """Call ``listener`` with every call once it is answered (accepted or refused): the
        sandbox's page learns so of new messages, edits, deletions, topics and refusals."""
        self._listeners.append(listener)

    def _answer(self, call: Call, token: str | None) -> tuple[int, JsonDict]:
        if token is not None and token != self.token:
            return 401, error_body(401, "Unauthorized")
        call.problems = validate_call(call.method, call.params, files=call.files, spec=self.spec)
        call.decoded = decode_params(self.spec, call.method, call.params)
        call.problems += check_uploads(call.method, call.decoded, call.files)
        if call.problems:
            self.rejected.append(call)
            if not self.spec.has_method(call.method):
                return 404, error_body(404, "Not Found")
            return 400, error_body(400, "Bad Request: " + "; ".join(call.problems))
        error = self._flood_error(call) or self._injected(call)
        try:
            if error is not None:
                raise error
            uploads = {k: Upload(v, call.file_names.get(k)) for k, v in call.files.items()}
            result = self.api.answer(call.method, call.decoded, uploads)
        except ApiError as exc:
            return exc.status, exc.body()
        return 200, {"ok": True, "result": result}

    def _injected(self, call: Call) -> ApiError | None:
        """A fault from the plan (or the 403 of a user who blocked the bot), if any."""
        chat_id = call.decoded.get("chat_id")
        fault = self.faults.take(call.method, chat_id)
        if fault is None:
            return self.faults.blocked_error(call.method, call.decoded)
        if fault.status == 429 and self.flood is not None:
            retry_after = (fault.parameters or {}).get("retry_after", 1)
            self.flood.window_given(chat_id, int(retry_after))
        if fault.mode == "after_effect":  # done, but the bot is told it failed
            uploads = {k: Upload(v, call.file_names.get(k)) for k, v in call.files.items()}
            try:
                self.api.answer(call.method, call.decoded, uploads)
            except ApiError as real:  # it could not be done: Telegram says why
                return real
        elif fault.mode in ("page", "drop"):
            call.transport = fault.mode
        return fault

    def _flood_error(self, call: Call) -> ApiError | None:
        if self.flood is None:
            return None
        return self.flood.check(call.method, call.decoded)

    def enable_flood_control(
        self, rules: FloodRules | None = None, clock: Callable[[], float] = time.monotonic
    ) -> FloodControl:
        """Answer 429 like Telegram past its limits from now on (see :mod:`.flood`)."""
        self.flood = FloodControl(rules or FloodRules(), clock)
        self.clock = clock
        return self.flood

    async def handle_async(
        self,
        method: str,
        params: Mapping[str, str],
        *,
        files: Mapping[str, bytes] | None = None,
        file_names: Mapping[str, str] | None = None,
        token: str | None = None,
    ) -> tuple[int, JsonDict]:
        """:meth:`handle_async_call`'s (HTTP status, JSON body)."""
        call = await self.handle_async_call(
            method, params, files=files, file_names=file_names, token=token
        )
        return call.status, call.response

    async def handle_async_call(
        self,
        method: str,
        params: Mapping[str, str],
        *,
        files: Mapping[str, bytes] | None = None,
        file_names: Mapping[str, str] | None = None,
        token: str | None = None,
    ) -> Call:
        """:meth:`handle_call`, but getUpdates with ``timeout`` long-polls like Telegram:
        it returns as soon as an update is pushed, after ``timeout`` seconds with
        ``[]``, or at once when the fake stops. As in Telegram, its ``offset`` confirms
        the older updates as soon as the call arrives, not when it returns. A call
        :meth:`slow_next` names is carried out at once and answered late; every call is
        answered ``latency`` after it arrived."""
        if method == "getUpdates":
            self.polls_arrived += 1
        if method == "getUpdates" and self._may_wait(params, files, token):
            decoded = decode_params(self.spec, method, params)
            offset, timeout = decoded.get("offset"), decoded.get("timeout", 0)
            if isinstance(offset, int):
                self.updates.confirm(offset)
            if isinstance(timeout, int) and timeout > 0:
                await self.updates.wait(offset if isinstance(offset, int) else None, timeout)
        delay = self.faults.take_delay(method)
        call = self.handle_call(method, params, files=files, file_names=file_names, token=token)
        if self.latency > 0:
            await self.sleep(self.latency)
        if delay > 0:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)
        return call

    def _may_wait(
        self, params: Mapping[str, str], files: Mapping[str, bytes] | None, token: str | None
    ) -> bool:
        if token not in (None, self.token) or self.faults.pending("getUpdates"):
            return False
        if self.api.webhook.url:
            return False  # refused at once: 409 Conflict
        return not validate_call("getUpdates", params, files=files or {}, spec=self.spec)

    # --- webhook -------------------------------------------------------------------

    def route_webhook(self, public_url: str, local_url: str) -> None:
        """Tests only: deliveries to the webhook ``public_url`` (https://, what the bot gives
        setWebhook) go to ``local_url`` (http://127.0.0.1:PORT/path, where it listens)."""
        self.webhook.route(public_url, local_url)

    # --- fault injection ---------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        description: str | None = None,
        count: int = 1,
        mode: str = "answer",
        chat_id: int | None = None,
    ) -> None:
        """Answer the next ``count`` valid calls of ``method`` (or ``"*"``) with an error.

        429 carries ``parameters.retry_after`` (default 1 s); 5xx and 400 use
        Telegram's usual descriptions unless ``description`` is given. ``mode``: "answer"
        (Telegram's JSON error), "page" (an HTML error page instead of JSON), "drop" (no
        answer: the connection closes), "after_effect" (the call is carried out, then
        answered with the error). ``chat_id``: only calls into that chat.
        """
        self.faults.fail_next(
            method,
            status,
            retry_after=retry_after,
            description=description,
            count=count,
            mode=mode,
            chat_id=chat_id,
        )

    def slow_next(self, method: str, seconds: float, *, count: int = 1) -> None:
        """Carry out the next ``count`` calls of ``method`` (or ``"*"``) at once but send
        the answer ``seconds`` later (over HTTP and RecordingSession alike): a message sent
        while its sender is killed reached the chat, yet the sender never heard so."""
        self.faults.slow_next(method, seconds, count=count)

    def block_user(self, user_id: int) -> None:
        """The user blocked the bot: sends/edits to that chat get 403 Forbidden."""
        self.faults.blocked.add(user_id)

    def unblock_user(self, user_id: int) -> None:
        self.faults.blocked.discard(user_id)

    # --- groups and forum topics ---------------------------------------------------

    def make_forum(self, chat_id: int, title: str = "Staff") -> None:
        """Register supergroup ``chat_id`` (negative) with topics enabled."""
        self.store.add_group(chat_id, title, is_forum=True)

    def make_group(self, chat_id: int, title: str = "Group") -> None:
        """Register supergroup ``chat_id`` (negative) without topics."""
        self.store.add_group(chat_id, title, is_forum=False)

    def set_bot_rights(self, chat_id: int, **rights: bool) -> None:
        """The bot is an admin of supergroup ``chat_id`` with these rights changed, e.g.
        ``set_bot_rights(chat, can_manage_topics=False)`` (getChatMember shows them;
        createForumTopic needs can_manage_topics, deleteForumTopic can_delete_messages)."""
        unknown = set(rights) - set(ADMIN_RIGHTS)
        if unknown:
            raise ValueError(f"not an admin right: {sorted(unknown)}; known: {list(ADMIN_RIGHTS)}")
        if chat_id not in self.store.groups:
            raise LookupError(f"chat {chat_id} is not a registered supergroup")
        current = self.store.bot_rights.get(chat_id) or dict(ADMIN_RIGHTS)
        self.store.bot_rights[chat_id] = {**current, **rights}
        self.store.bot_removed.discard(chat_id)

    def demote_bot(self, chat_id: int) -> None:
        """The bot stays in supergroup ``chat_id`` as a plain member, without admin rights."""
        if chat_id not in self.store.groups:
            raise LookupError(f"chat {chat_id} is not a registered supergroup")
        self.store.bot_rights[chat_id] = None

    def remove_bot(self, chat_id: int) -> None:
        """Someone removed the bot from the group: every call into it gets 403 (until
        :meth:`set_bot_rights` adds it back as an admin)."""
        self.store.bot_removed.add(chat_id)

    def make_group_admin(self, chat_id: int, user_id: int) -> None:
        """``user_id`` is an admin of the group: they may still write in closed topics."""
        self.store.groups[chat_id]["admins"].add(user_id)

    def close_topic(self, chat_id: int, thread_id: int, *, closed: bool = True) -> None:
        """Staff closed (or reopened) a topic by hand; no call is recorded."""
        topic = self.store.live_topic(chat_id, thread_id)
        if topic is None:
            raise LookupError(f"no topic {thread_id} in chat {chat_id}: {self._topic_ids()}")
        topic["closed"] = closed

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Staff deleted a topic by hand: as deleteForumTopic, but no call is recorded."""
        if self.store.live_topic(chat_id, thread_id) is None:
            raise LookupError(f"no topic {thread_id} in chat {chat_id}: {self._topic_ids()}")
        self.store.delete_topic(chat_id, thread_id)

    @property
    def topics(self) -> dict[MessageKey, JsonDict]:
        """(chat_id, message_thread_id) -> {"name", "icon_color", "icon_custom_emoji_id",
        "closed", "deleted"} of every topic created (deleted ones included)."""
        return self.store.topics

    def topic_messages(self, chat_id: int, thread_id: int) -> list[JsonDict]:
        """Records of the bot messages still visible in a topic, oldest first."""
        return self.store.topic_messages(chat_id, thread_id)

    # --- incoming updates --------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> JsonDict:
        """Queue a raw update for getUpdates (``update_id`` is assigned if missing)."""
        query = update.get("callback_query")
        if isinstance(query, dict) and "id" in query:
            self.api.callback_answers.setdefault(str(query["id"]), None)
        return copy.deepcopy(self.updates.push(copy.deepcopy(update)))

    def _push_message(
        self,
        chat_id: int,
        user_id: int,
        content: JsonDict,
        first_name: str,
        language_code: str | None,
    ) -> JsonDict:
        """Store a message from ``user_id`` in ``chat_id`` and queue it as an update."""
        self.store.first_names[user_id] = first_name
        message = ObjectFactory.message(
            self.store.next_message_id(chat_id),
            self.store.chat(chat_id),
            user_object(user_id, first_name, language_code),
            **content,
        )
        self.store.user_messages[(chat_id, message["message_id"])] = message
        return self.push_update({"message": message})

    def _content(self, text: str | None, kind: str | None, caption: str | None) -> JsonDict:
        """A text (``/cmd`` gets a bot_command entity) or media of ``kind``."""
        if kind is not None:
            return {kind: self.factory.media(kind), "caption": caption}
        if text is None:
            raise ValueError("give the message text or a media kind")
        content: JsonDict = {"text": text}
        if text.startswith("/"):
            command = text.split(maxsplit=1)[0]
            content["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command)}
            ]
        return content

    def user_message(
        self,
        user_id: int,
        text: str,
        *,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """The user writes ``text`` in the private chat; ``/cmd`` gets a bot_command entity."""
        content = self._content(text, None, None)
        return self._push_message(user_id, user_id, content, first_name, language_code)

    def user_media(
        self,
        user_id: int,
        kind: str = "photo",
        *,
        caption: str | None = None,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """The user sends non-text content: photo, sticker, voice, document, location..."""
        content = self._content(None, kind, caption)
        return self._push_message(user_id, user_id, content, first_name, language_code)

    def user_sticker(self, user_id: int, **kwargs: Any) -> JsonDict:
        return self.user_media(user_id, "sticker", **kwargs)

    def user_contact(
        self,
        user_id: int,
        phone_number: str,
        *,
        contact_user_id: int | None = None,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """The user shares a contact, by default their own (``user_id`` is the sender's)."""
        contact = {
            "phone_number": phone_number,
            "first_name": first_name,
            "user_id": user_id if contact_user_id is None else contact_user_id,
        }
        return self._push_message(
            user_id, user_id, {"contact": contact}, first_name, language_code
        )

    def group_message(
        self,
        chat_id: int,
        user_id: int,
        text: str | None = None,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        kind: str | None = None,
        caption: str | None = None,
        first_name: str = "Operator",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """``user_id`` writes in group ``chat_id``: a text or media of ``kind``.

        With ``thread_id`` the message is in that forum topic and, as in Telegram,
        replies to the topic's ``forum_topic_created`` message unless ``reply_to``
        names another (bot or user) message of the chat.
        """
        if chat_id >= 0:
            raise ValueError(f"group chat ids are negative, got {chat_id}")
        placement = self._placement(chat_id, user_id, thread_id, reply_to)
        content = {**placement, **self._content(text, kind, caption)}
        return self._push_message(chat_id, user_id, content, first_name, language_code)

    def _placement(
        self, chat_id: int, user_id: int, thread_id: int | None, reply_to: int | None
    ) -> JsonDict:
        """The topic and the replied-to message of a message ``user_id`` writes."""
        placement: JsonDict = {}
        if thread_id is not None:
            self._check_can_write(chat_id, thread_id, user_id)
            placement = self.store.thread_fields(chat_id, thread_id)
        if reply_to is not None:
            target = self.store.find_any(chat_id, reply_to)
            if target is None:
                raise LookupError(f"no message {reply_to} in chat {chat_id} to reply to")
            target.pop("reply_to_message", None)
            placement["reply_to_message"] = target
        return placement

    def add_file(
        self, kind: str, content: bytes, file_name: str | None, mime_type: str | None = None
    ) -> Any:
        """Keep a file a person is about to send and return the Message field for it (``photo``
        sizes, a ``voice`` or ``document`` object) with fresh file ids; :attr:`files` maps
        each id to the bytes, so a copy sent by file_id can be downloaded again."""
        media = self.factory.media(kind, file_name=file_name, file_size=len(content))
        stored = StoredFile(content, file_name, mime_type, kind)
        for item in media if isinstance(media, list) else [media]:
            if isinstance(item, dict) and "file_id" in item:
                item["file_id"] = self.factory.file_id(kind)
                self.files[item["file_id"]] = stored
                if mime_type and "mime_type" in item:
                    item["mime_type"] = mime_type
        return media

    def message_from(
        self,
        chat_id: int,
        user_id: int,
        content: JsonDict,
        *,
        thread_id: int | None = None,
        reply_to: int | None = None,
        first_name: str = "Test",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """``user_id`` sends a message of any content (``text`` with ``entities``, a
        ``photo`` from :meth:`add_file`, a ``contact``...) in a private chat or a group; in a
        forum topic with ``thread_id``; replying to message ``reply_to`` of the chat."""
        placement = self._placement(chat_id, user_id, thread_id, reply_to)
        return self._push_message(
            chat_id, user_id, {**placement, **content}, first_name, language_code
        )

    def edit_by_author(
        self,
        chat_id: int,
        message_id: int,
        *,
        text: str | None = None,
        caption: str | None = None,
        entities: list[JsonDict] | None = None,
        media_kind: str | None = None,
    ) -> JsonDict:
        """The author of message ``message_id`` in ``chat_id`` (a user, in a private chat or a
        group) edits it, as Telegram's apps allow: a text stays a text (``text``), media keep
        being media (a new ``caption``, ``None`` removing it, and/or other media of
        ``media_kind``). The stored message changes (a copy made from now on shows the new
        version) and an ``edited_message`` update is queued."""
        message = self.store.user_messages.get((chat_id, message_id))
        if message is None:
            raise LookupError(f"no message {message_id} of a user in chat {chat_id}")
        if ("text" in message) != (text is not None):
            raise ValueError("a text message is edited to a text, media only to a caption")
        if text is not None:
            _check_length(text, 4096)
            message["text"] = text
            _set_entities(message, "entities", entities)
        else:
            if media_kind is not None:
                for kind in _MEDIA_FIELDS:
                    message.pop(kind, None)
                message[media_kind] = self.factory.media(media_kind)
            message.pop("caption", None)
            if caption is not None:
                _check_length(caption, 1024)
                message["caption"] = caption
            _set_entities(message, "caption_entities", entities if caption else None)
        message["edit_date"] = int(time.time())
        return self.push_update({"edited_message": copy.deepcopy(message)})

    def _check_can_write(self, chat_id: int, thread_id: int, user_id: int) -> None:
        """A member's app does not let them write in a deleted topic, nor in a closed one
        unless they are an admin of the group."""
        topic = self.store.live_topic(chat_id, thread_id)
        if topic is None:
            raise LookupError(f"no topic {thread_id} in chat {chat_id}: {self._topic_ids()}")
        if topic["closed"] and not self.store.is_group_admin(chat_id, user_id):
            raise TopicClosedError(f"topic {thread_id} of chat {chat_id} is closed")

    def _topic_ids(self) -> str:
        live = [key for key, topic in self.store.topics.items() if not topic["deleted"]]
        return f"live topics (chat, thread): {live}"

    def _callback(
        self,
        chat_id: int,
        user_id: int,
        message_id: int,
        data: str,
        *,
        first_name: str,
        language_code: str | None,
    ) -> JsonDict:
        """``user_id`` presses a button with ``data`` under bot message ``message_id``."""
        record = self.store.messages.get((chat_id, message_id))
        if record is None:
            known = [r["message_id"] for r in self.store.bot_messages(chat_id)]
            raise LookupError(
                f"no bot message {message_id} in chat {chat_id}; bot messages there: {known}"
            )
        query = {
            "id": f"{user_id}{next(self._callback_ids):06d}",
            "from": user_object(user_id, first_name, language_code),
            "chat_instance": f"{-abs(chat_id)}77",
            "message": copy.deepcopy(record["message"]),
            "data": data,
        }
        return self.push_update({"callback_query": query})

    def user_callback(
        self, user_id: int, message_id: int, data: str, *, language_code: str | None = "ru"
    ) -> JsonDict:
        """The user presses an inline button with ``data`` under bot message ``message_id``."""
        first_name = self.store.first_names.get(user_id, "Test")
        return self._callback(
            user_id, user_id, message_id, data, first_name=first_name, language_code=language_code
        )

    def group_callback(
        self,
        chat_id: int,
        user_id: int,
        message_id: int,
        data: str,
        *,
        first_name: str = "Operator",
        language_code: str | None = "ru",
    ) -> JsonDict:
        """An operator presses an inline button under bot message ``message_id`` in a group."""
        return self._callback(
            chat_id, user_id, message_id, data, first_name=first_name, language_code=language_code
        )

    def press_button(
        self, user_id: int, text: str, *, message_id: int | None = None, **kwargs: Any
    ) -> JsonDict:
        """Press the callback button labelled ``text`` (newest message showing it)."""
        records = self.store.bot_messages(user_id)
        if message_id is not None:
            records = [r for r in records if r["message_id"] == message_id]
        for record in reversed(records):
            for button in _buttons_of(record):
                if button.get("text") == text and "callback_data" in button:
                    data = button["callback_data"]
                    return self.user_callback(user_id, record["message_id"], data, **kwargs)
        labels = [b.get("text") for r in records for b in _buttons_of(r)]
        raise AssertionError(f"no callback button {text!r} in chat {user_id}; buttons: {labels}")

    # --- inspection --------------------------------------------------------------

    @property
    def messages(self) -> dict[MessageKey, JsonDict]:
        """(chat_id, message_id) -> what the bot sent and the user still sees."""
        return self.store.messages

    @property
    def callback_answers(self) -> dict[str, dict[str, Any] | None]:
        """callback_query id -> answerCallbackQuery params (None: not answered yet)."""
        return self.api.callback_answers

    def sent_to(self, chat_id: int) -> list[Call]:
        """Successful send/copy/forward/edit calls for ``chat_id``, in order."""
        return [
            c
            for c in self.calls
            if c.ok
            and c.chat_id == chat_id
            and c.method.startswith(_MESSAGE_PREFIXES)
            and c.method not in _NOT_MESSAGES
        ]

    def last_message(self, chat_id: int) -> JsonDict | None:
        """Record of the newest bot message still visible in ``chat_id``."""
        records = self.store.bot_messages(chat_id)
        return records[-1] if records else None

    def last_text(self, chat_id: int) -> str | None:
        """Visible text (or caption) of the newest bot message that has one, after edits."""
        for record in reversed(self.store.bot_messages(chat_id)):
            if record["text"] is not None:
                return str(record["text"])
        return None

    def buttons(self, chat_id: int, message_id: int | None = None) -> list[list[JsonDict]]:
        """Inline keyboard rows of a bot message (default: the newest one)."""
        record = (
            self.store.messages.get((chat_id, message_id))
            if message_id is not None
            else self.last_message(chat_id)
        )
        markup = (record or {}).get("reply_markup") or {}
        rows = markup.get("inline_keyboard", [])
        return copy.deepcopy(rows) if isinstance(rows, list) else []

    def describe_calls(self, last: int = 15) -> str:
        """Human-readable list of the last calls, for assertion messages."""
        lines = [c.summary() for c in self.calls[-last:]]
        return "\n".join(lines) if lines else "(no calls)"

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 10.0,  # noqa: ASYNC109 - polling helper, raises AssertionError
    ) -> None:
        """Poll ``predicate`` every 20 ms; AssertionError with the last calls on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() >= deadline:
                raise AssertionError(
                    f"condition not met within {timeout}s; last calls:\n{self.describe_calls()}"
                )
            await asyncio.sleep(_POLL_INTERVAL)


#: Message fields holding media (one of them is replaced when an author swaps the media).
_MEDIA_FIELDS = ("photo", "video", "document", "audio", "voice", "animation")


def _check_length(text: str, limit: int) -> None:
    """Telegram's apps do not let anyone send a longer text or caption."""
    if not 1 <= utf16_len(text) <= limit:
        raise ValueError(f"a text of {utf16_len(text)} UTF-16 units is not 1..{limit}")


def _set_entities(message: JsonDict, field: str, entities: list[JsonDict] | None) -> None:
    message.pop(field, None)
    if entities:
        message[field] = copy.deepcopy(entities)


def _buttons_of(record: Mapping[str, Any]) -> list[JsonDict]:
    markup = record.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [button for row in rows for button in row if isinstance(button, dict)]
