"""The sandbox's web server: the page (static files), its JSON API and server-sent events.

Safety: it answers only requests whose Host is the address it serves (no DNS rebinding), every
POST must carry the ``X-Sandbox`` header (a page of another site cannot send that without a CORS
preflight, which is never granted), and every response forbids inline scripts and framing by
others (Content-Security-Policy). Files people or the bot sent are downloaded, never shown as a
page of this site (except pictures and audio of a few safe types).
"""

from __future__ import annotations

import asyncio
import json
import logging
import mimetypes
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiohttp import web

from bot.db import clock
from sandbox.actions import Actions, RefusedError, parse_clock_step
from sandbox.hub import clock_view
from sandbox.runner import Sandbox
from sandbox.views import file_of
from sandbox.world import NewUserError

log = logging.getLogger(__name__)

STATIC = Path(__file__).with_name("static")


class Current:
    """The sandbox the server works with; "Reset sandbox" replaces it."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox


CURRENT = web.AppKey("current", Current)
KEEPALIVE_SECONDS = 15.0
UPLOAD_LIMIT = 21 * 1024 * 1024
INLINE_TYPES = frozenset(
    {"image/png", "image/jpeg", "image/gif", "image/webp",
     "audio/ogg", "audio/mpeg", "audio/webm", "audio/wav", "audio/mp4"}
)  # fmt: skip
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def build_app(sandbox: Sandbox, allowed_hosts: frozenset[str] | None) -> web.Application:
    """``allowed_hosts``: the Host headers to answer (None: any, for a non-loopback address)."""
    app = web.Application(client_max_size=UPLOAD_LIMIT, middlewares=[_guard(allowed_hosts)])
    app[CURRENT] = Current(sandbox)
    app.on_shutdown.append(_end_streams)
    app.router.add_get("/", _page("index.html"))
    app.router.add_get("/duo", _page("duo.html"))
    app.router.add_static("/static/", STATIC)
    app.router.add_get("/api/state", state)
    app.router.add_get("/api/events", events)
    app.router.add_get("/api/file/{chat_id}/{message_id}", download)
    for path, handler in (
        ("/api/people", new_person),
        ("/api/send", send),
        ("/api/upload", upload),
        ("/api/contact", contact),
        ("/api/press", press),
        ("/api/react", react),
        ("/api/topics/delete", delete_topic),
        ("/api/clock", move_clock),
        ("/api/reset", reset),
    ):
        app.router.add_post(path, handler)
    return app


async def _end_streams(app: web.Application) -> None:
    app[CURRENT].sandbox.broker.close()


def _guard(allowed_hosts: frozenset[str] | None) -> Any:
    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if allowed_hosts is not None and request.host not in allowed_hosts:
            return web.json_response({"error": "unknown host"}, status=421, headers=HEADERS)
        if request.method == "POST" and request.headers.get("X-Sandbox") != "1":
            return web.json_response({"error": "missing X-Sandbox header"}, status=403)
        try:
            response = await handler(request)
        except RefusedError as refusal:
            response = web.json_response({"error": str(refusal)}, status=400)
        except web.HTTPException as error:
            response = error
        response.headers.update(HEADERS)
        return response

    return guard


def _page(name: str) -> Handler:
    async def page(_request: web.Request) -> web.StreamResponse:
        return web.FileResponse(STATIC / name)

    return page


def _sandbox(request: web.Request) -> Sandbox:
    return request.app[CURRENT].sandbox


def _actions(request: web.Request) -> Actions:
    sandbox = _sandbox(request)
    return Actions(sandbox.fake, sandbox.hub, sandbox.people)


async def _body(request: web.Request) -> dict[str, Any]:
    if request.content_type != "application/json":
        raise RefusedError("send JSON")
    try:
        body = await request.json()
    except ValueError:
        raise RefusedError("the body is not JSON") from None
    if not isinstance(body, dict):
        raise RefusedError("the body must be a JSON object")
    return body


# --- reading ------------------------------------------------------------------------------------


async def state(request: web.Request) -> web.StreamResponse:
    return web.json_response(_sandbox(request).hub.state())


async def events(request: web.Request) -> web.StreamResponse:
    """Server-sent events: the whole state first, then each change."""
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "X-Accel-Buffering": "no", **HEADERS}
    )
    await response.prepare(request)
    broker = _sandbox(request).broker
    async with broker.subscribe() as queue:
        await _write_event(response, _sandbox(request).hub.state())
        while True:
            try:
                event = await asyncio.wait_for(queue.get(), KEEPALIVE_SECONDS)
            except TimeoutError:
                await response.write(b": keep-alive\n\n")
                continue
            if event is None:
                return response
            await _write_event(response, event)


async def _write_event(response: web.StreamResponse, event: dict[str, Any]) -> None:
    data = json.dumps(event, ensure_ascii=False, separators=(",", ":"))
    await response.write(f"data: {data}\n\n".encode())


async def download(request: web.Request) -> web.StreamResponse:
    sandbox = _sandbox(request)
    actions = _actions(request)
    person = actions.person(_int(request.query.get("as")))
    try:
        key = (int(request.match_info["chat_id"]), int(request.match_info["message_id"]))
    except ValueError:
        raise web.HTTPNotFound() from None
    actions.chat_for(person, key[0])
    found = _file_bytes(sandbox, key)
    if found is None:
        raise web.HTTPNotFound()
    content, name, mime = found
    mime = mime or (mimetypes.guess_type(name)[0] if name else None) or "application/octet-stream"
    inline = mime in INLINE_TYPES
    disposition = "inline" if inline else "attachment"
    filename = quote(name or f"file-{key[1]}")
    return web.Response(
        body=content,
        content_type=mime if inline else _download_type(mime),
        headers={"Content-Disposition": f"{disposition}; filename*=UTF-8''{filename}"},
    )


def _download_type(mime: str) -> str:
    return "application/octet-stream" if mime.startswith(("text/html", "image/svg")) else mime


FileBytes = tuple[bytes, str | None, str | None]  # content, file name, MIME type


def _file_bytes(sandbox: Sandbox, key: tuple[int, int]) -> FileBytes | None:
    """A bot upload's bytes, or the bytes behind a file id (a person's file or its copy)."""
    record = sandbox.fake.messages.get(key)
    if record is not None and record.get("upload") is not None:
        return record["upload"], record.get("file_name"), None
    message = record["message"] if record else sandbox.fake.store.user_messages.get(key)
    item = file_of(message) if message else None
    stored = sandbox.fake.files.get(str(item.get("file_id"))) if item else None
    if stored is None:
        return None
    return stored.content, stored.file_name, stored.mime_type


def _int(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


# --- doing --------------------------------------------------------------------------------------


async def new_person(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    sandbox = _sandbox(request)
    try:
        person = sandbox.people.add_migrant(body.get("name"), body.get("language"))
    except NewUserError as error:
        raise RefusedError(str(error)) from None
    sandbox.fake.store.first_names[person.id] = person.name
    sandbox.broker.publish(sandbox.hub.state())
    return web.json_response(person.as_json())


async def send(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    actions = _actions(request)
    person = actions.person(body.get("as"))
    chat_id = body.get("chat_id")
    thread_id = actions.chat_for(person, chat_id, body.get("thread_id"))
    assert isinstance(chat_id, int)
    message = actions.send_text(person, chat_id, thread_id, body.get("text"), body.get("reply_to"))
    return web.json_response({"message_id": message["message_id"]})


async def upload(request: web.Request) -> web.StreamResponse:
    if request.content_type != "multipart/form-data":
        raise RefusedError("send the file as multipart/form-data")
    form = await request.post()
    actions = _actions(request)
    person = actions.person(_int(form.get("as")))
    chat_id = _int(form.get("chat_id"))
    raw_thread = form.get("thread_id")
    thread_id = actions.chat_for(person, chat_id, _int(raw_thread) if raw_thread else None)
    file = form.get("file")
    if not isinstance(file, web.FileField):
        raise RefusedError("choose a file")
    assert chat_id is not None
    upload = (str(form.get("kind")), file.file.read(), file.filename, file.content_type)
    caption = form.get("caption")
    message = actions.send_file(
        person, chat_id, thread_id, upload, caption if isinstance(caption, str) else None
    )
    return web.json_response({"message_id": message["message_id"]})


async def contact(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    actions = _actions(request)
    message = actions.share_contact(actions.person(body.get("as")))
    return web.json_response({"message_id": message["message_id"]})


async def press(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    actions = _actions(request)
    person = actions.person(body.get("as"))
    chat_id = body.get("chat_id")
    actions.chat_for(person, chat_id)
    assert isinstance(chat_id, int)
    query_id = actions.press(person, chat_id, body.get("message_id"), body.get("data"))
    return web.json_response({"query_id": query_id})


async def react(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    actions = _actions(request)
    person = actions.person(body.get("as"))
    chat_id = body.get("chat_id")
    actions.chat_for(person, chat_id)
    assert isinstance(chat_id, int)
    actions.react(person, chat_id, body.get("message_id"), body.get("emoji"))
    return web.json_response({"ok": True})


async def delete_topic(request: web.Request) -> web.StreamResponse:
    body = await _body(request)
    actions = _actions(request)
    actions.delete_topic(actions.person(body.get("as")), body.get("thread_id"))
    return web.json_response({"ok": True})


async def move_clock(request: web.Request) -> web.StreamResponse:
    step = parse_clock_step(await _body(request))
    sandbox = _sandbox(request)
    clock.advance(step)
    if sandbox.running is not None:
        sandbox.running.run_jobs_now()
    view = clock_view()
    sandbox.broker.publish({"type": "clock", "clock": view})
    return web.json_response(view)


async def reset(request: web.Request) -> web.StreamResponse:
    current = request.app[CURRENT]
    current.sandbox = await current.sandbox.reset()
    return web.json_response({"ok": True})
