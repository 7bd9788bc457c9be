"""Turns what happens in the fake Bot API into events for the page.

The hub listens to every call the bot makes (``FakeTelegram.add_listener``). After each call,
and after each message a person sends, it rebuilds the views of the chat concerned and
publishes only what changed: a new or edited message, a deleted one, the topics, the reply
keyboard, the command menus, a refused call (with Telegram's error text), an answered button.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import AsyncIterator
from typing import Any

from bot.db import clock
from fake_telegram import Call, FakeTelegram
from fake_telegram.objects import JsonDict
from sandbox.views import keyboard_view, message_key, message_view
from sandbox.world import STAFF_CHAT_ID, STAFF_CHAT_TITLE, People, Person

PREVIEW = 300  # characters of a refused text shown next to Telegram's error
_SEND_PREFIXES = ("send", "copyMessage", "forwardMessage")
_COMMAND_METHODS = frozenset({"setMyCommands", "deleteMyCommands"})
_QUEUE_SIZE = 1000  # events a slow page may fall behind before it is told to reload


class Broker:
    """Fan-out of events to every open page (server-sent events)."""

    def __init__(self) -> None:
        self._queues: set[asyncio.Queue[JsonDict | None]] = set()

    def close(self) -> None:
        """The server is stopping: every open stream ends (None is the end)."""
        for queue in list(self._queues):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(None)

    def publish(self, event: JsonDict) -> None:
        for queue in list(self._queues):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:  # the page stopped reading: end its stream, and it
                self._queues.discard(queue)  # reconnects to the whole state
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(None)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue[JsonDict | None]]:
        queue: asyncio.Queue[JsonDict | None] = asyncio.Queue(_QUEUE_SIZE)
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)

    @property
    def listeners(self) -> int:
        return len(self._queues)


class Hub:
    def __init__(self, fake: FakeTelegram, people: People, broker: Broker) -> None:
        self.fake = fake
        self.people = people
        self.broker = broker
        self.views: dict[str, JsonDict] = {}
        self.seen_at: dict[str, str] = {}
        #: message key -> {person or bot id: [emoji]}
        self.reactions: dict[str, dict[int, list[str]]] = {}
        self.errors: dict[str, JsonDict] = {}
        self.keyboards: dict[int, JsonDict | None] = {}
        self.topics: dict[int, list[JsonDict]] = {}
        self.menus: dict[str, list[JsonDict]] = {}
        #: The update types the bot asked for in its last getUpdates.
        self.allowed_updates: list[str] | None = None
        self._error_ids = itertools.count(1)
        fake.add_listener(self.on_call)

    # --- what the bot did -------------------------------------------------------------------

    def on_call(self, call: Call) -> None:
        if call.method == "getUpdates":
            if call.ok and isinstance(call.decoded.get("allowed_updates"), list):
                self.allowed_updates = list(call.decoded["allowed_updates"])
            return
        chat_id = call.chat_id if isinstance(call.chat_id, int) else None
        if not call.ok:
            self._refused(call, chat_id)
        elif call.method == "answerCallbackQuery":
            self._answered(call)
        elif call.method == "setMessageReaction" and chat_id is not None:
            self._bot_reacted(call, chat_id)
        elif call.method in _COMMAND_METHODS:
            self.refresh_menus()
        if call.ok and chat_id is not None and call.method.startswith(_SEND_PREFIXES):
            self._keyboard_sent(chat_id, call.decoded.get("reply_markup"))
        if chat_id is not None:
            self.refresh(chat_id)

    def _refused(self, call: Call, chat_id: int | None) -> None:
        description = str(call.response.get("description", f"error {call.status}"))
        if chat_id is None:
            self.broker.publish({"type": "notice", "text": f"{call.method}: {description}"})
            return
        key = f"e:{next(self._error_ids)}"
        target = call.decoded.get("message_id")
        raw = call.params.get("text") or call.params.get("caption") or ""
        self.errors[key] = {
            "key": key,
            "kind": "error",
            "chat_id": chat_id,
            "thread_id": call.decoded.get("message_thread_id"),
            "method": call.method,
            "status": call.status,
            "description": description,
            "preview": raw[:PREVIEW] + ("…" if len(raw) > PREVIEW else ""),
            "target": message_key(chat_id, target) if isinstance(target, int) else None,
            # shown after the newest message of the chat at the time it was refused
            "after": self._newest_message_id(chat_id),
            "date": clock.utc_now().isoformat(timespec="seconds"),
        }

    def _newest_message_id(self, chat_id: int) -> int:
        ids = [v["message_id"] for k, v in self.views.items() if k.startswith(f"m:{chat_id}:")]
        return max(ids, default=0)

    def _answered(self, call: Call) -> None:
        self.broker.publish(
            {
                "type": "callback_answer",
                "query_id": str(call.decoded.get("callback_query_id", "")),
                "text": str(call.decoded.get("text") or ""),
                "show_alert": bool(call.decoded.get("show_alert")),
            }
        )

    def _bot_reacted(self, call: Call, chat_id: int) -> None:
        message_id = call.decoded.get("message_id")
        if not isinstance(message_id, int):
            return
        emoji = [
            str(r.get("emoji"))
            for r in call.decoded.get("reaction") or []
            if isinstance(r, dict) and r.get("type") == "emoji"
        ]
        self.set_reaction(message_key(chat_id, message_id), int(self.fake.bot_user["id"]), emoji)

    def _keyboard_sent(self, chat_id: int, markup: Any) -> None:
        if not isinstance(markup, dict) or not ({"keyboard", "remove_keyboard"} & set(markup)):
            return
        self._set_keyboard(chat_id, keyboard_view(markup))

    def _set_keyboard(self, chat_id: int, keyboard: JsonDict | None) -> None:
        if self.keyboards.get(chat_id) != keyboard:
            self.keyboards[chat_id] = keyboard
            self.broker.publish({"type": "keyboard", "chat_id": chat_id, "keyboard": keyboard})

    # --- what people did ----------------------------------------------------------------------

    def person_sent(self, chat_id: int) -> None:
        """A one-time reply keyboard folds away once used."""
        keyboard = self.keyboards.get(chat_id)
        if keyboard is not None and keyboard["one_time"]:
            self._set_keyboard(chat_id, None)
        self.refresh(chat_id)

    def set_reaction(self, key: str, who: int, emoji: list[str]) -> None:
        self.reactions.setdefault(key, {})[who] = emoji
        chat_id = int(key.split(":")[1])
        self.refresh(chat_id)

    # --- views ---------------------------------------------------------------------------------

    def chat_items(self, chat_id: int) -> dict[str, JsonDict]:
        """Views of every message still in the chat, and of the calls refused there."""
        store = self.fake.store
        items: dict[str, JsonDict] = {}
        sources = [
            *((k, r["message"], r) for k, r in store.messages.items()),
            *((k, m, None) for k, m in store.user_messages.items()),
            *((k, m, None) for k, m in store.service_messages.items()),
        ]
        for (chat, message_id), message, record in sources:
            if chat != chat_id:
                continue
            key = message_key(chat, message_id)
            seen = self.seen_at.setdefault(key, clock.utc_now().isoformat(timespec="seconds"))
            view = message_view(message, record, seen)
            view["reactions"] = self._reactions_of(key)
            items[key] = view
        items.update({k: e for k, e in self.errors.items() if e["chat_id"] == chat_id})
        return items

    def _reactions_of(self, key: str) -> list[JsonDict]:
        by_emoji: dict[str, list[int]] = {}
        for who, emoji in self.reactions.get(key, {}).items():
            for one in emoji:
                by_emoji.setdefault(one, []).append(who)
        return [{"emoji": emoji, "by": who} for emoji, who in by_emoji.items()]

    def refresh(self, chat_id: int) -> None:
        """Publish what changed in the chat since the last look."""
        items = self.chat_items(chat_id)
        for key, view in items.items():
            if self.views.get(key) != view:
                self.views[key] = view
                self.broker.publish({"type": "message", "message": view})
        gone = [k for k, v in self.views.items() if v["chat_id"] == chat_id and k not in items]
        for key in gone:
            del self.views[key]
            self.broker.publish({"type": "deleted", "key": key, "chat_id": chat_id})
        self._refresh_topics(chat_id)

    def _refresh_topics(self, chat_id: int) -> None:
        topics = [
            {
                "chat_id": chat,
                "thread_id": thread,
                "name": str(topic["name"]),
                "icon_color": topic.get("icon_color"),
                "closed": bool(topic.get("closed")),
                "deleted": bool(topic.get("deleted")),
            }
            for (chat, thread), topic in sorted(self.fake.topics.items())
            if chat == chat_id
        ]
        if topics != self.topics.get(chat_id, []):
            self.topics[chat_id] = topics
            self.broker.publish({"type": "topics", "chat_id": chat_id, "topics": topics})

    def refresh_menus(self) -> None:
        menus = {
            f"{person.id}:{chat}": commands_for(self.fake, person, chat)
            for person in self.people
            for chat in (person.id, STAFF_CHAT_ID)
            if person.can_use(chat)
        }
        if menus != self.menus:
            self.menus = menus
            self.broker.publish({"type": "menus", "menus": menus})

    def state(self) -> JsonDict:
        """Everything the page needs to draw itself from scratch."""
        for chat_id in {STAFF_CHAT_ID, *(person.id for person in self.people)}:
            self.refresh(chat_id)
        self.refresh_menus()
        bot = self.fake.bot_user
        return {
            "type": "state",
            "people": [person.as_json() for person in self.people],
            "bot": {
                "id": bot["id"],
                "name": bot["first_name"],
                "username": bot["username"],
            },
            "staff_chat": {"id": STAFF_CHAT_ID, "title": STAFF_CHAT_TITLE},
            "messages": list(self.views.values()),
            "topics": self.topics,
            "keyboards": {str(k): v for k, v in self.keyboards.items()},
            "menus": self.menus,
            "clock": clock_view(),
        }


def clock_view() -> JsonDict:
    return {
        "now": clock.utc_now().isoformat(timespec="seconds"),
        "ahead_seconds": int(clock.ahead().total_seconds()),
    }


def commands_for(fake: FakeTelegram, person: Person, chat_id: int) -> list[JsonDict]:
    """The command menu Telegram shows ``person`` in ``chat_id``: the narrowest scope set, in
    the person's language before the list for every language (Bot API, "Determining list of
    commands")."""
    if chat_id > 0:
        scopes: list[JsonDict] = [
            {"type": "chat", "chat_id": chat_id},
            {"type": "all_private_chats"},
            {"type": "default"},
        ]
    else:
        scopes = [
            {"type": "chat_member", "chat_id": chat_id, "user_id": person.id},
            {"type": "chat", "chat_id": chat_id},
            {"type": "all_group_chats"},
            {"type": "default"},
        ]
    for scope in scopes:
        key = json.dumps(scope, sort_keys=True)
        for language in (person.language, ""):
            commands = fake.api.commands.get((key, language))
            if commands:
                return [
                    {"command": str(c["command"]), "description": str(c["description"])}
                    for c in commands
                ]
    return []
