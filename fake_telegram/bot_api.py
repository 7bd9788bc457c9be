"""What the fake answers to each Bot API method (params already validated).

Every handler receives the JSON-decoded parameters and returns the ``result``
Telegram would send, or raises :class:`ApiError` with Telegram's status and
description (``message is not modified``, ``message to edit not found``...).
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .entities import html_to_entities
from .files import FileServer
from .limits import rendered_text
from .objects import MEDIA_METHODS, JsonDict, ObjectFactory, user_object
from .spec import BotApiSpec
from .store import ChatStore, UpdateQueue
from .webhook import GET_UPDATES_CONFLICT, WebhookState, webhook_problem

__all__ = ["ApiError", "BotApi", "Upload", "error_body"]

Params = dict[str, Any]

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply "
    "markup are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
THREAD_NOT_FOUND = "Bad Request: message thread not found"
NOT_A_FORUM = "Bad Request: the chat is not a forum"
REPLY_NOT_FOUND = "Bad Request: message to be replied not found"
TOPIC_NOT_MODIFIED = "Bad Request: TOPIC_NOT_MODIFIED"
NO_TOPIC_RIGHT = "Bad Request: not enough rights to create a topic"
ADMIN_REQUIRED = "Bad Request: CHAT_ADMIN_REQUIRED"
BOT_KICKED = "Forbidden: bot was kicked from the supergroup chat"
TOPIC_CLOSED = "Bad Request: TOPIC_CLOSED"
NO_TOPIC_RIGHTS = "Bad Request: not enough rights to manage topics"
#: createForumTopic's colour when none is given (0x6FB9F0, Telegram's blue).
DEFAULT_ICON_COLOR = 7322096


def error_body(status: int, description: str, parameters: JsonDict | None = None) -> JsonDict:
    """Telegram's error envelope."""
    body: JsonDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return body


class ApiError(Exception):
    """An error answer (HTTP status + Telegram description)."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None):
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JsonDict:
        return error_body(self.status, self.description, self.parameters)


@dataclass(frozen=True)
class Upload:
    """A multipart file part: its bytes and the file name the client gave it."""

    content: bytes
    file_name: str | None = None


class BotApi:
    """Method implementations over a :class:`ChatStore` and an :class:`UpdateQueue`."""

    def __init__(
        self, spec: BotApiSpec, store: ChatStore, updates: UpdateQueue, bot_user: JsonDict
    ) -> None:
        self.spec = spec
        self.store = store
        self.updates = updates
        self.bot_user = bot_user
        self.factory = ObjectFactory(spec)
        #: (scope JSON, language_code) -> commands, as set by setMyCommands.
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}
        #: callback_query id -> answerCallbackQuery params (None until answered).
        self.callback_answers: dict[str, Params | None] = {}
        #: What setWebhook set (delivery: :class:`~fake_telegram.webhook.WebhookDelivery`).
        self.webhook = WebhookState()
        #: Files people sent, getFile and the download link (see .files).
        self.files = FileServer()
        self._handlers: dict[str, Callable[[Params], Any]] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": lambda _p: self.webhook.info(len(self.updates.pending)),
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "getChat": self.get_chat,
            "getChatMenuButton": lambda _p: {"type": "commands"},
            "getFile": self.get_file,
            "answerCallbackQuery": self.answer_callback_query,
            "sendMessage": self.send_message,
            "copyMessage": self.copy_message,
            "forwardMessage": self.forward_message,
            "copyMessages": self.copy_messages,
            "forwardMessages": self.copy_messages,
            "getChatMember": self.get_chat_member,
            "editMessageMedia": self.edit_message_media,
            "editMessageText": self.edit_message_text,
            "editMessageCaption": self.edit_message_caption,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "deleteMessages": self.delete_messages,
            "createForumTopic": self.create_forum_topic,
            "editForumTopic": self.edit_forum_topic,
            "closeForumTopic": lambda p: self._set_topic_closed(p, closed=True),
            "reopenForumTopic": lambda p: self._set_topic_closed(p, closed=False),
            "deleteForumTopic": self.delete_forum_topic,
        }

    def answer(
        self, method: str, params: Params, uploads: Mapping[str, Upload] | None = None
    ) -> Any:
        """Result of a valid call; generic answers for methods without a handler.

        ``uploads`` are the multipart file parts by part name.
        """
        if params.get("chat_id") in self.store.bot_removed:
            raise ApiError(403, BOT_KICKED)
        if method in MEDIA_METHODS:
            return self.send_media(method, params, uploads or {})
        if method == "sendMediaGroup":
            return self.send_media_group(params, uploads or {})
        if handler := self._handlers.get(method):
            return handler(params)
        returns = self.spec.returns(method)
        if returns == ("Boolean",):
            return True
        if returns == ("Message",) and "chat_id" in params:
            return self._send(method, params, "other", {})
        raise ApiError(400, f"Bad Request: FakeTelegram does not implement {method}")

    # --- bot info, updates, commands -------------------------------------------------

    def get_me(self, _params: Params) -> JsonDict:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def get_updates(self, params: Params) -> list[JsonDict]:
        if self.webhook.url:
            raise ApiError(409, GET_UPDATES_CONFLICT)
        return self.updates.fetch(params.get("offset"), int(params.get("limit", 100)))

    def set_webhook(self, params: Params) -> bool:
        """Telegram's checks (https, its ports, the secret's characters and length); an
        empty url deletes the webhook."""
        problem = webhook_problem(params)
        if problem is not None:
            raise ApiError(400, problem)
        if params.get("drop_pending_updates"):
            self.updates.drop()
        if not params["url"]:
            return self.delete_webhook({})
        self.webhook.set(
            str(params["url"]),
            secret_token=params.get("secret_token") or None,
            # As Telegram: "If not specified, the previous setting will be used."
            allowed_updates=params.get("allowed_updates", self.webhook.allowed_updates),
            max_connections=int(params.get("max_connections", 40)),
        )
        self.updates.notify()
        return True

    def delete_webhook(self, params: Params) -> bool:
        if params.get("drop_pending_updates"):
            self.updates.drop()
        self.webhook.set("", secret_token=None, allowed_updates=self.webhook.allowed_updates)
        self.updates.notify()
        return True

    @staticmethod
    def _commands_key(params: Params) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code", ""))

    def set_my_commands(self, params: Params) -> bool:
        self.commands[self._commands_key(params)] = list(params["commands"])
        return True

    def get_my_commands(self, params: Params) -> list[JsonDict]:
        return copy.deepcopy(self.commands.get(self._commands_key(params), []))

    def delete_my_commands(self, params: Params) -> bool:
        self.commands.pop(self._commands_key(params), None)
        return True

    def get_chat(self, params: Params) -> JsonDict:
        info = self.factory.placeholder("ChatFullInfo")
        assert isinstance(info, dict)
        info.update(self.store.chat(self._chat_id(params)))
        return info

    def get_file(self, params: Params) -> JsonDict:
        problem, found = self.files.get_file(str(params["file_id"]))
        if problem is not None:
            raise ApiError(400, problem)
        return found

    def answer_callback_query(self, params: Params) -> bool:
        """Telegram refuses to answer the same query twice.

        Ids the fake never issued are accepted (tests may build updates by hand).
        """
        query_id = str(params["callback_query_id"])
        if self.callback_answers.get(query_id) is not None:
            raise ApiError(400, QUERY_TOO_OLD)
        self.callback_answers[query_id] = params
        return True

    # --- sending ---------------------------------------------------------------------

    def _chat_id(self, params: Params) -> int:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _thread(self, chat_id: int, params: Params) -> int | None:
        """``message_thread_id`` if it names a live topic of the chat (else 400). As in
        Telegram, a closed topic takes messages only from admins who may manage topics."""
        thread_id = params.get("message_thread_id")
        if thread_id is None:
            return None
        topic = self.store.live_topic(chat_id, int(thread_id))
        if topic is None:
            raise ApiError(400, THREAD_NOT_FOUND)
        if topic["closed"] and not self.store.bot_manages_topics(chat_id):
            raise ApiError(400, TOPIC_CLOSED)
        return int(thread_id)

    def _reply(self, chat_id: int, params: Params) -> tuple[JsonDict, int | None]:
        """Message fields for ``reply_parameters`` and the replied-to id.

        A message of the same chat becomes ``reply_to_message``, one of another
        chat ``external_reply``; a missing one is refused unless
        ``allow_sending_without_reply`` is true.
        """
        reply = params.get("reply_parameters")
        if not isinstance(reply, dict):
            return {}, None
        target_chat, message_id = reply.get("chat_id", chat_id), int(reply["message_id"])
        target = (
            self.store.find_any(target_chat, message_id) if isinstance(target_chat, int) else None
        )
        if target is None:
            if reply.get("allow_sending_without_reply") is True:
                return {}, None
            raise ApiError(400, REPLY_NOT_FOUND)
        if target_chat == chat_id:
            target.pop("reply_to_message", None)
            return {"reply_to_message": target}, message_id
        return {"external_reply": self._external_reply(target)}, message_id

    def _external_reply(self, target: JsonDict) -> JsonDict:
        """``ExternalReplyInfo`` of a message in another chat (media kept, text not)."""
        fields = self.spec.type_fields("ExternalReplyInfo") or {}
        info = {k: v for k, v in target.items() if k in fields and k not in {"chat", "message_id"}}
        info["origin"] = _origin(target)
        if target["chat"].get("type") != "private":
            info.update(chat=target["chat"], message_id=target["message_id"])
        return info

    def _send(
        self,
        method: str,
        params: Params,
        kind: str,
        content: JsonDict,
        upload: Upload | None = None,
    ) -> JsonDict:
        """Store a new bot message and return it as Telegram would.

        ``message_thread_id`` puts it into a forum topic, ``reply_parameters``
        makes it a reply; both are checked first (400 when the target is missing).
        """
        chat_id = self._chat_id(params)
        thread_id = self._thread(chat_id, params)
        placement, reply_to = self._reply(chat_id, params)
        if thread_id is not None:
            placement = {**self.store.thread_fields(chat_id, thread_id), **placement}
        message_id = self.store.next_message_id(chat_id)
        message = self.factory.message(
            message_id, self.store.chat(chat_id), self.bot_user, **placement, **content
        )
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        raw = params.get("text", params.get("caption"))
        self.store.messages[(chat_id, message_id)] = {
            "chat_id": chat_id,
            "message_id": message_id,
            "method": method,
            "kind": kind,
            "html": raw,
            "parse_mode": params.get("parse_mode"),
            "entities": params.get("entities", params.get("caption_entities")),
            "text": content.get("text", content.get("caption")),
            "reply_markup": markup if isinstance(markup, dict) else None,
            "edits": 0,
            "message": message,
            "thread_id": thread_id,
            "reply_to": reply_to,
            "upload": upload.content if upload else None,
            "file_name": upload.file_name if upload else None,
        }
        return copy.deepcopy(message)

    def send_message(self, params: Params) -> JsonDict:
        text = rendered_text(params["text"], params.get("parse_mode"))
        return self._send("sendMessage", params, "text", {"text": text})

    def _media(self, kind: str, sent: Any, upload: Upload | None) -> Any:
        """Message content for a file sent by file_id or uploaded (keeps its name)."""
        if upload is not None:
            return self.factory.media(
                kind, file_name=upload.file_name, file_size=len(upload.content)
            )
        file_id = sent if isinstance(sent, str) and not sent.startswith("attach://") else None
        return self.factory.media(kind, file_id)

    def send_media(
        self, method: str, params: Params, uploads: Mapping[str, Upload] | None = None
    ) -> JsonDict:
        kind = MEDIA_METHODS[method]
        sent = params.get(kind)
        upload = _upload_for(sent, kind, uploads or {})
        content: JsonDict = {kind: self._media(kind, sent, upload)}
        if isinstance(params.get("caption"), str):
            content["caption"] = rendered_text(params["caption"], params.get("parse_mode"))
        return self._send(method, params, kind, content, upload)

    def send_media_group(
        self, params: Params, uploads: Mapping[str, Upload] | None = None
    ) -> list[JsonDict]:
        """One message per album item, each with its own message_id."""
        sent = []
        for item in params["media"]:
            kind = item["type"]
            upload = _upload_for(item.get("media"), None, uploads or {})
            content: JsonDict = {kind: self._media(kind, item.get("media"), upload)}
            if isinstance(item.get("caption"), str):
                content["caption"] = rendered_text(item["caption"], item.get("parse_mode"))
            sent.append(self._send("sendMediaGroup", params, kind, content, upload))
        return sent

    def get_chat_member(self, params: Params) -> JsonDict:
        user_id = int(params["user_id"])
        if user_id == self.bot_user["id"]:
            return self._bot_member(self._chat_id(params))
        name = self.store.first_names.get(user_id, "Test")
        return {"status": "member", "user": user_object(user_id, name, None)}

    def _bot_member(self, chat_id: int) -> JsonDict:
        """The bot as a member of a chat: an admin with its rights in a registered supergroup
        (unless a test demoted it), a plain member elsewhere."""
        rights = self.store.bot_rights.get(chat_id)
        if rights is None:
            return {"status": "member", "user": self.bot_user}
        return {
            "status": "administrator",
            "user": self.bot_user,
            "can_be_edited": False,
            "is_anonymous": False,
            # Not in the spec's Bot API 10.1, but aiogram 3.31 requires it (Telegram sends it).
            "can_send_welcome_messages": True,
            **rights,
        }

    def _source(self, params: Params, action: str = "copied") -> JsonDict:
        from_chat = params.get("from_chat_id")
        source = None
        if isinstance(from_chat, int):
            key = (from_chat, int(params["message_id"]))
            if key in self.store.service_messages:
                raise ApiError(400, f"Bad Request: message can't be {action}")
            source = self.store.find_any(*key)
        if source is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        return source

    def copy_message(self, params: Params) -> JsonDict:
        """copyMessage returns only ``MessageId``; the copy keeps text/media/contact,
        not where the source was (topic, reply)."""
        source = self._source(params)
        keep = {k: v for k, v in source.items() if k not in _ENVELOPE}
        if isinstance(params.get("caption"), str):
            keep["caption"] = rendered_text(params["caption"], params.get("parse_mode"))
        kind = next((k for k in keep if k in _KINDS), "other")
        sent = self._send("copyMessage", params, kind, keep)
        if not isinstance(params.get("caption"), str):  # the copy has the source's formatting
            record = self.store.messages[(self._chat_id(params), sent["message_id"])]
            record["entities"] = source.get("entities", source.get("caption_entities"))
            record["parse_mode"] = None  # aiogram sends its default even without a caption
        return {"message_id": sent["message_id"]}

    def copy_messages(self, params: Params) -> list[JsonDict]:
        """copyMessages/forwardMessages: ``MessageId`` of each copy, skipping unknown ones."""
        self._thread(self._chat_id(params), params)
        ids = []
        for message_id in params["message_ids"]:
            try:
                ids.append(self.copy_message({**params, "message_id": message_id}))
            except ApiError:
                continue
        return ids

    def forward_message(self, params: Params) -> JsonDict:
        source = self._source(params, "forwarded")
        keep = {k: v for k, v in source.items() if k not in _ENVELOPE}
        kind = next((k for k in keep if k in _KINDS), "other")
        return self._send(
            "forwardMessage", params, kind, {**keep, "forward_origin": _origin(source)}
        )

    # --- forum topics ----------------------------------------------------------------

    def _service(
        self, chat_id: int, thread_id: int, content: JsonDict, message_id: int | None = None
    ) -> JsonDict:
        """Store a service message the bot caused (topic created, closed...) in a topic."""
        if message_id is None:
            message_id = self.store.next_message_id(chat_id)
            content = {**self.store.thread_fields(chat_id, thread_id), **content}
        else:
            content = {"message_thread_id": thread_id, "is_topic_message": True, **content}
        message = self.factory.message(
            message_id, self.store.chat(chat_id), self.bot_user, **content
        )
        self.store.service_messages[(chat_id, message_id)] = message
        return message

    def create_forum_topic(self, params: Params) -> JsonDict:
        """The thread id is the id of the ``forum_topic_created`` service message."""
        chat_id = self._chat_id(params)
        if not self.store.is_forum(chat_id):
            raise ApiError(400, NOT_A_FORUM)
        if not self.store.bot_may(chat_id, "can_manage_topics"):
            raise ApiError(400, NO_TOPIC_RIGHT)
        topic: JsonDict = {
            "name": params["name"],
            "icon_color": params.get("icon_color", DEFAULT_ICON_COLOR),
        }
        if params.get("icon_custom_emoji_id"):
            topic["icon_custom_emoji_id"] = params["icon_custom_emoji_id"]
        thread_id = self.store.next_message_id(chat_id)
        self.store.topics[(chat_id, thread_id)] = {
            "icon_custom_emoji_id": None,
            **topic,
            "closed": False,
            "deleted": False,
            "by_bot": True,
        }
        self._service(chat_id, thread_id, {"forum_topic_created": dict(topic)}, thread_id)
        return {"message_thread_id": thread_id, **topic}

    def _live_topic(self, params: Params) -> tuple[int, int, JsonDict]:
        """(chat_id, thread_id, topic) of a forum topic that exists and is not deleted."""
        chat_id = self._chat_id(params)
        if not self.store.is_forum(chat_id):
            raise ApiError(400, NOT_A_FORUM)
        thread_id = int(params["message_thread_id"])
        topic = self.store.live_topic(chat_id, thread_id)
        if topic is None:
            raise ApiError(400, THREAD_NOT_FOUND)
        return chat_id, thread_id, topic

    def edit_forum_topic(self, params: Params) -> bool:
        """An empty or missing name keeps it; an empty icon_custom_emoji_id removes it."""
        chat_id, thread_id, topic = self._live_topic(params)
        changes: JsonDict = {}
        name, emoji = params.get("name"), params.get("icon_custom_emoji_id")
        if isinstance(name, str) and name and name != topic["name"]:
            changes["name"] = topic["name"] = name
        if isinstance(emoji, str) and (emoji or None) != topic["icon_custom_emoji_id"]:
            changes["icon_custom_emoji_id"] = emoji
            topic["icon_custom_emoji_id"] = emoji or None
        if not changes:
            raise ApiError(400, TOPIC_NOT_MODIFIED)
        self._service(chat_id, thread_id, {"forum_topic_edited": changes})
        return True

    def _set_topic_closed(self, params: Params, *, closed: bool) -> bool:
        """closeForumTopic / reopenForumTopic: the bot needs the right to manage topics,
        unless it created the topic; a topic already in that state is TOPIC_NOT_MODIFIED."""
        chat_id, thread_id, topic = self._live_topic(params)
        if not topic.get("by_bot") and not self.store.bot_manages_topics(chat_id):
            raise ApiError(400, NO_TOPIC_RIGHTS)
        if topic["closed"] == closed:
            raise ApiError(400, TOPIC_NOT_MODIFIED)
        topic["closed"] = closed
        event = "forum_topic_closed" if closed else "forum_topic_reopened"
        self._service(chat_id, thread_id, {event: {}})
        return True

    def delete_forum_topic(self, params: Params) -> bool:
        """The topic and every message in it disappear (the bot needs the right to delete
        messages; renaming, closing and reopening its own topics need no right)."""
        chat_id, thread_id, _ = self._live_topic(params)
        if not self.store.bot_may(chat_id, "can_delete_messages"):
            raise ApiError(400, ADMIN_REQUIRED)
        self.store.delete_topic(chat_id, thread_id)
        return True

    # --- editing and deleting --------------------------------------------------------

    def _target(self, params: Params) -> JsonDict | None:
        """The stored bot message an edit refers to; ``None`` for inline messages."""
        if "inline_message_id" in params:
            return None
        key = (self._chat_id(params), int(params["message_id"]))
        record = self.store.messages.get(key)
        if record is not None:
            return record
        if key in self.store.user_messages:
            raise ApiError(400, "Bad Request: message can't be edited")
        raise ApiError(400, "Bad Request: message to edit not found")

    @staticmethod
    def _snapshot(record: JsonDict) -> JsonDict:
        message: JsonDict = copy.deepcopy(record["message"])
        return message

    @staticmethod
    def _apply_markup(record: JsonDict, markup: Any) -> None:
        record["reply_markup"] = markup if isinstance(markup, dict) else None
        message = record["message"]
        message.pop("reply_markup", None)
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        message["edit_date"] = int(time.time())
        record["edits"] += 1

    @staticmethod
    def _unchanged(record: JsonDict, params: Params, field: str) -> bool:
        """Telegram refuses an edit that leaves the message as it is: the same text or caption
        as shown (parsed, with the same formatting, however it is spelt or whether it came
        as HTML or as entities) and the same inline keyboard (none given: none kept)."""
        entities = params.get("entities" if field == "text" else "caption_entities")
        new = _shown(params.get(field), params.get("parse_mode"), entities)
        if _is_html(record.get("parse_mode")):
            old = _shown(record["html"], "HTML", None)
        else:  # sent without markup, or a copy: the text as shown, with its entities
            old = _shown(record["text"], None, record.get("entities"))
        return (new, _keyboard(params.get("reply_markup"))) == (
            old,
            _keyboard(record["reply_markup"]),
        )

    @staticmethod
    def _show_edit(record: JsonDict, params: Params, field: str) -> None:
        """The record and its message show the edited text or caption and its entities."""
        raw, parse_mode = params.get(field), params.get("parse_mode")
        shown, entities = _parsed(raw, parse_mode, params.get(_ENTITIES[field]))
        record.update(text=shown, html=raw, parse_mode=parse_mode, entities=entities or None)
        message = record["message"]
        message[field] = shown
        message.pop(_ENTITIES[field], None)
        if entities:
            message[_ENTITIES[field]] = entities

    def edit_message_text(self, params: Params) -> JsonDict | bool:
        """Without ``reply_markup`` Telegram removes the inline keyboard."""
        record = self._target(params)
        if record is None:
            return True
        if record["kind"] != "text":
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if self._unchanged(record, params, "text"):
            raise ApiError(400, NOT_MODIFIED)
        self._show_edit(record, params, "text")
        self._apply_markup(record, params.get("reply_markup"))
        return self._snapshot(record)

    def edit_message_caption(self, params: Params) -> JsonDict | bool:
        record = self._target(params)
        if record is None:
            return True
        if record["kind"] in {"text", "other"}:
            raise ApiError(400, "Bad Request: there is no caption in the message to edit")
        if self._unchanged(record, params, "caption"):
            raise ApiError(400, NOT_MODIFIED)
        self._show_edit(record, params, "caption")
        self._apply_markup(record, params.get("reply_markup"))
        return self._snapshot(record)

    def edit_message_media(self, params: Params) -> JsonDict | bool:
        """The old media (and caption) is replaced by the new one."""
        record = self._target(params)
        if record is None:
            return True
        media = params["media"]
        kind = media["type"]
        message = record["message"]
        for old in (record["kind"], "caption"):
            message.pop(old, None)
        message[kind] = self.factory.media(kind)
        caption = media.get("caption")
        shown = (
            rendered_text(caption, media.get("parse_mode")) if isinstance(caption, str) else None
        )
        if shown is not None:
            message["caption"] = shown
        record.update(kind=kind, text=shown, html=caption, parse_mode=media.get("parse_mode"))
        self._apply_markup(record, params.get("reply_markup"))
        return self._snapshot(record)

    def edit_message_reply_markup(self, params: Params) -> JsonDict | bool:
        record = self._target(params)
        if record is None:
            return True
        markup = params.get("reply_markup")
        if _keyboard(markup) == _keyboard(record["reply_markup"]):
            raise ApiError(400, NOT_MODIFIED)
        self._apply_markup(record, markup)
        return self._snapshot(record)

    def delete_message(self, params: Params) -> bool:
        if not self.store.delete(self._chat_id(params), int(params["message_id"])):
            raise ApiError(400, "Bad Request: message to delete not found")
        return True

    def delete_messages(self, params: Params) -> bool:
        chat_id = self._chat_id(params)
        for message_id in params["message_ids"]:
            self.store.delete(chat_id, int(message_id))
        return True


#: The field holding a text's or a caption's entities.
_ENTITIES = {"text": "entities", "caption": "caption_entities"}
#: Entities that are formatting; links, mentions, commands... Telegram finds by itself.
_FORMATTING = frozenset(
    {
        "bold", "italic", "underline", "strikethrough", "spoiler", "code", "pre", "text_link",
        "text_mention", "custom_emoji", "blockquote", "expandable_blockquote", "date_time",
    }
)  # fmt: skip


def _is_html(parse_mode: Any) -> bool:
    return isinstance(parse_mode, str) and parse_mode.lower() == "html"


def _parsed(text: Any, parse_mode: Any, entities: Any) -> tuple[str, list[JsonDict]]:
    """What a text shows (HTML parsed, or as given) and its formatting entities."""
    if _is_html(parse_mode):
        shown, found = html_to_entities(str(text or ""))
    else:
        shown, found = str(text or ""), list(entities or [])
    return shown, [e for e in found if isinstance(e, dict) and e.get("type") in _FORMATTING]


def _shown(text: Any, parse_mode: Any, entities: Any) -> tuple[Any, ...]:
    """A text or caption as Telegram keeps it: the visible text and its formatting."""
    shown, found = _parsed(text, parse_mode, entities)
    keys = ("type", "offset", "length", "url", "language", "custom_emoji_id")
    return shown, tuple(sorted(tuple(str(e.get(k, "")) for k in keys) for e in found))


def _keyboard(markup: Any) -> Any:
    """An inline keyboard with at least one button, else None (no keyboard)."""
    if isinstance(markup, dict) and any(markup.get("inline_keyboard") or ()):
        return markup
    return None


def _origin(source: JsonDict) -> JsonDict:
    """``MessageOriginUser`` of a message (forwards, external replies)."""
    return {"type": "user", "date": source["date"], "sender_user": source.get("from")}


def _upload_for(sent: Any, field: str | None, uploads: Mapping[str, Upload]) -> Upload | None:
    """The uploaded part a file parameter refers to: ``attach://<part>``, or a part
    named like the parameter itself."""
    if isinstance(sent, str) and sent.startswith("attach://"):
        return uploads.get(sent.removeprefix("attach://"))
    if sent is None and field is not None:
        return uploads.get(field)
    return None


#: Message fields about where/how a message was sent, not what it contains.
_ENVELOPE = frozenset(
    {
        "message_id",
        "date",
        "chat",
        "from",
        "sender_chat",
        "reply_markup",
        "edit_date",
        "forward_origin",
        "message_thread_id",
        "is_topic_message",
        "reply_to_message",
        "external_reply",
        "quote",
        "via_bot",
        "author_signature",
        "media_group_id",
        "has_protected_content",
        "is_automatic_forward",
    }
)
_KINDS = frozenset({"text", *MEDIA_METHODS.values()})
