"""State of the fake: chats and their messages, and the getUpdates queue."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

from .objects import JsonDict, chat_for

__all__ = ["ADMIN_RIGHTS", "ChatStore", "MessageKey", "UpdateQueue"]

MessageKey = tuple[int, int]

#: The rights of a supergroup admin (``ChatMemberAdministrator``), all given unless a test
#: takes some away (``FakeTelegram.set_bot_rights``); channel-only rights are left out.
ADMIN_RIGHTS: dict[str, bool] = {
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": True,
    "can_edit_stories": True,
    "can_delete_stories": True,
    "can_pin_messages": True,
    "can_manage_topics": True,
}


class ChatStore:
    """Chats and their messages.  Message ids are per chat and shared by everyone
    writing there, as in Telegram (user message 1, bot reply 2, ...)."""

    def __init__(self) -> None:
        #: What the bot sent and the user still sees: (chat_id, message_id) -> record
        #: with keys chat_id, message_id, method, kind, text (visible), html (raw),
        #: parse_mode, reply_markup (decoded or None), edits, message (Telegram dict),
        #: thread_id (forum topic or None), reply_to (replied-to message id or None),
        #: upload and file_name (bytes and name of an uploaded file, else None).
        self.messages: dict[MessageKey, JsonDict] = {}
        #: Messages the users sent (Telegram ``Message`` dicts).
        self.user_messages: dict[MessageKey, JsonDict] = {}
        #: Service messages such as ``forum_topic_created`` (Telegram ``Message`` dicts).
        self.service_messages: dict[MessageKey, JsonDict] = {}
        #: Registered supergroups: chat_id -> {"title", "is_forum", "admins" (members who
        #: are the group's admins: they, and only they, still write in closed topics)}; the
        #: bot's own rights are in ``bot_rights``.
        self.groups: dict[int, JsonDict] = {}
        #: Forum topics: (chat_id, message_thread_id) -> {"name", "icon_color",
        #: "icon_custom_emoji_id", "closed", "deleted", "by_bot" (the bot created it)}.
        self.topics: dict[MessageKey, JsonDict] = {}
        #: Records of bot messages removed by deleteMessage(s), in order.
        self.deleted: list[JsonDict] = []
        self.first_names: dict[int, str] = {}
        #: The bot in each registered supergroup: its admin rights, or None (a plain member).
        self.bot_rights: dict[int, dict[str, bool] | None] = {}
        #: Supergroups the bot was removed from: Telegram refuses it everything there.
        self.bot_removed: set[int] = set()
        self._last_id: dict[int, int] = {}

    def next_message_id(self, chat_id: int) -> int:
        self._last_id[chat_id] = self._last_id.get(chat_id, 0) + 1
        return self._last_id[chat_id]

    def chat(self, chat_id: int) -> JsonDict:
        group = self.groups.get(chat_id)
        if group is not None:
            return chat_for(chat_id, title=group["title"], is_forum=group["is_forum"])
        return chat_for(chat_id, self.first_names.get(chat_id, "Test"))

    def add_group(self, chat_id: int, title: str, *, is_forum: bool) -> None:
        """Register a supergroup (negative id), with or without forum topics."""
        if chat_id >= 0:
            raise ValueError(f"supergroup ids are negative, got {chat_id}")
        self.groups[chat_id] = {"title": title, "is_forum": is_forum, "admins": set()}
        self.bot_rights[chat_id] = dict(ADMIN_RIGHTS)
        self.bot_removed.discard(chat_id)

    def bot_may(self, chat_id: int, right: str) -> bool:
        """Whether the bot holds the admin ``right`` in the supergroup ``chat_id``."""
        rights = self.bot_rights.get(chat_id)
        return bool(rights and rights.get(right))

    def is_forum(self, chat_id: int) -> bool:
        group = self.groups.get(chat_id)
        return bool(group and group["is_forum"])

    def bot_manages_topics(self, chat_id: int) -> bool:
        return self.bot_may(chat_id, "can_manage_topics")

    def is_group_admin(self, chat_id: int, user_id: int) -> bool:
        group = self.groups.get(chat_id)
        return bool(group and user_id in group["admins"])

    def live_topic(self, chat_id: int, thread_id: int) -> JsonDict | None:
        """The topic ``thread_id`` of a forum, unless unknown or deleted."""
        topic = self.topics.get((chat_id, thread_id))
        return topic if topic is not None and not topic["deleted"] else None

    def thread_fields(self, chat_id: int, thread_id: int) -> JsonDict:
        """Fields of a message in a forum topic.  As in Telegram, a topic message that
        replies to nothing else replies to the topic's ``forum_topic_created`` message."""
        fields: JsonDict = {"message_thread_id": thread_id, "is_topic_message": True}
        root = self.find_any(chat_id, thread_id)
        if root is not None:
            root.pop("reply_to_message", None)
            fields["reply_to_message"] = root
        return fields

    def bot_messages(self, chat_id: int) -> list[JsonDict]:
        """Bot messages currently visible in ``chat_id``, oldest first."""
        keys = sorted(k for k in self.messages if k[0] == chat_id)
        return [self.messages[k] for k in keys]

    def topic_messages(self, chat_id: int, thread_id: int) -> list[JsonDict]:
        """Bot messages currently visible in one forum topic, oldest first."""
        return [r for r in self.bot_messages(chat_id) if r.get("thread_id") == thread_id]

    def find_any(self, chat_id: int, message_id: int) -> JsonDict | None:
        """The Telegram ``Message`` dict of a bot, user or service message, if it exists."""
        key = (chat_id, message_id)
        record = self.messages.get(key)
        if record is not None:
            message: JsonDict = copy.deepcopy(record["message"])
            return message
        found = self.user_messages.get(key) or self.service_messages.get(key)
        return copy.deepcopy(found) if found is not None else None

    def delete(self, chat_id: int, message_id: int) -> bool:
        """Bots may delete their own messages and, in private chats, incoming ones."""
        key = (chat_id, message_id)
        record = self.messages.pop(key, None)
        if record is not None:
            self.deleted.append(record)
            return True
        if self.service_messages.pop(key, None) is not None:
            return True
        return self.user_messages.pop(key, None) is not None

    def delete_topic(self, chat_id: int, thread_id: int) -> None:
        """Mark the topic deleted and remove every message in it (bot ones go to
        ``deleted``)."""
        self.topics[(chat_id, thread_id)]["deleted"] = True
        for record in self.topic_messages(chat_id, thread_id):
            self.delete(chat_id, record["message_id"])
        for messages in (self.user_messages, self.service_messages):
            for key in [
                k
                for k, m in messages.items()
                if k[0] == chat_id and m.get("message_thread_id") == thread_id
            ]:
                del messages[key]


class UpdateQueue:
    """Pending updates for getUpdates, with Telegram's offset semantics.

    ``offset`` confirms (drops) every update with a smaller ``update_id``; a
    negative offset keeps only the last ``-offset`` updates.  Long polling waits
    until an update arrives, the timeout passes or the queue is closed.
    """

    def __init__(self) -> None:
        self.pending: list[JsonDict] = []
        self.delivered: list[JsonDict] = []
        self.closed = False
        self._next_id = 1
        self._waiters: list[asyncio.Event] = []

    def push(self, update: dict[str, Any]) -> JsonDict:
        """Queue ``update``, assigning the next ``update_id`` when it has none."""
        if "update_id" not in update:
            update["update_id"] = self._next_id
        self._next_id = max(self._next_id, int(update["update_id"])) + 1
        self.pending.append(update)
        self._wake()
        return update

    def confirm(self, offset: int | None) -> None:
        if offset is None or offset == 0:
            return
        if offset < 0:
            del self.pending[:offset]
        else:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    def fetch(self, offset: int | None, limit: int = 100) -> list[JsonDict]:
        """Confirm up to ``offset`` and return at most ``limit`` pending updates."""
        self.confirm(offset)
        batch = copy.deepcopy(self.pending[:limit])
        self.delivered.extend(batch)
        return batch

    def has_new(self, offset: int | None) -> bool:
        if offset is None or offset <= 0:
            return bool(self.pending)
        return any(u["update_id"] >= offset for u in self.pending)

    async def wait(self, offset: int | None, max_wait: float) -> None:
        """Block until an update newer than ``offset`` exists (or ``max_wait`` / close)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max_wait
        while not self.closed and not self.has_new(offset):
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            event = asyncio.Event()
            self._waiters.append(event)
            try:
                await asyncio.wait_for(event.wait(), remaining)
            except TimeoutError:
                return
            finally:
                self._waiters.remove(event)

    async def changed(self) -> None:
        """Block until something happens: an update pushed, :meth:`notify`, close."""
        event = asyncio.Event()
        self._waiters.append(event)
        try:
            await event.wait()
        finally:
            self._waiters.remove(event)

    def notify(self) -> None:
        """Wake the waiters (the webhook was set or deleted)."""
        self._wake()

    def remove(self, update_id: int) -> None:
        """A webhook delivery was answered 2xx: the update is confirmed."""
        delivered = [u for u in self.pending if u["update_id"] == update_id]
        self.pending = [u for u in self.pending if u["update_id"] != update_id]
        self.delivered.extend(copy.deepcopy(delivered))

    def drop(self) -> None:
        """drop_pending_updates: forget every pending update."""
        self.pending = []

    def close(self) -> None:
        """Wake every long-polling request (used by ``FakeTelegram.stop``)."""
        self.closed = True
        self._wake()

    def reopen(self) -> None:
        self.closed = False

    def _wake(self) -> None:
        for event in self._waiters:
            event.set()
