"""What the fake answers to each Bot API method (params already validated).

Every handler receives the JSON-decoded parameters and returns the ``result``
Telegram would send, or raises :class:`ApiError` with Telegram's status and
description (``message is not modified``, ``message to edit not found``...).
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Callable
from typing import Any

from .limits import rendered_text
from .objects import MEDIA_METHODS, JsonDict, ObjectFactory, user_object
from .spec import BotApiSpec
from .store import ChatStore, UpdateQueue

__all__ = ["ApiError", "BotApi", "error_body"]

Params = dict[str, Any]

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply "
    "markup are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"


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
        self._handlers: dict[str, Callable[[Params], Any]] = {
            "getMe": self.get_me,
            "getUpdates": self.get_updates,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "getChat": self.get_chat,
            "getChatMenuButton": lambda _p: {"type": "commands"},
            "answerCallbackQuery": self.answer_callback_query,
            "sendMessage": self.send_message,
            "copyMessage": self.copy_message,
            "forwardMessage": self.forward_message,
            "copyMessages": self.copy_messages,
            "forwardMessages": self.copy_messages,
            "sendMediaGroup": self.send_media_group,
            "getChatMember": self.get_chat_member,
            "editMessageMedia": self.edit_message_media,
            "editMessageText": self.edit_message_text,
            "editMessageCaption": self.edit_message_caption,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "deleteMessage": self.delete_message,
            "deleteMessages": self.delete_messages,
        }

    def answer(self, method: str, params: Params) -> Any:
        """Result of a valid call; generic answers for methods without a handler."""
        if handler := self._handlers.get(method):
            return handler(params)
        if method in MEDIA_METHODS:
            return self.send_media(method, params)
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
        return self.updates.fetch(params.get("offset"), int(params.get("limit", 100)))

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

    def _send(self, method: str, params: Params, kind: str, content: JsonDict) -> JsonDict:
        """Store a new bot message and return it as Telegram would."""
        chat_id = self._chat_id(params)
        message_id = self.store.next_message_id(chat_id)
        message = self.factory.message(
            message_id, self.store.chat(chat_id), self.bot_user, **content
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
            "text": content.get("text", content.get("caption")),
            "reply_markup": markup if isinstance(markup, dict) else None,
            "edits": 0,
            "message": message,
        }
        return copy.deepcopy(message)

    def send_message(self, params: Params) -> JsonDict:
        text = rendered_text(params["text"], params.get("parse_mode"))
        return self._send("sendMessage", params, "text", {"text": text})

    def send_media(self, method: str, params: Params) -> JsonDict:
        kind = MEDIA_METHODS[method]
        sent = params.get(kind)
        file_id = sent if isinstance(sent, str) and not sent.startswith("attach://") else None
        content: JsonDict = {kind: self.factory.media(kind, file_id)}
        if isinstance(params.get("caption"), str):
            content["caption"] = rendered_text(params["caption"], params.get("parse_mode"))
        return self._send(method, params, kind, content)

    def send_media_group(self, params: Params) -> list[JsonDict]:
        """One message per album item, each with its own message_id."""
        sent = []
        for item in params["media"]:
            content: JsonDict = {item["type"]: self.factory.media(item["type"])}
            if isinstance(item.get("caption"), str):
                content["caption"] = rendered_text(item["caption"], item.get("parse_mode"))
            sent.append(self._send("sendMediaGroup", params, item["type"], content))
        return sent

    def get_chat_member(self, params: Params) -> JsonDict:
        user_id = int(params["user_id"])
        if user_id == self.bot_user["id"]:
            return {"status": "member", "user": self.bot_user}
        name = self.store.first_names.get(user_id, "Test")
        return {"status": "member", "user": user_object(user_id, name, None)}

    def _source(self, params: Params) -> JsonDict:
        from_chat = params.get("from_chat_id")
        source = None
        if isinstance(from_chat, int):
            source = self.store.find_any(from_chat, int(params["message_id"]))
        if source is None:
            raise ApiError(400, "Bad Request: message to copy not found")
        return source

    def copy_message(self, params: Params) -> JsonDict:
        """copyMessage returns only ``MessageId``; the copy keeps text/media."""
        source = self._source(params)
        keep = {k: v for k, v in source.items() if k not in _ENVELOPE}
        if isinstance(params.get("caption"), str):
            keep["caption"] = rendered_text(params["caption"], params.get("parse_mode"))
        kind = next((k for k in keep if k in _KINDS), "other")
        sent = self._send("copyMessage", params, kind, keep)
        return {"message_id": sent["message_id"]}

    def copy_messages(self, params: Params) -> list[JsonDict]:
        """copyMessages/forwardMessages: ``MessageId`` of each copy, skipping unknown ones."""
        ids = []
        for message_id in params["message_ids"]:
            try:
                ids.append(self.copy_message({**params, "message_id": message_id}))
            except ApiError:
                continue
        return ids

    def forward_message(self, params: Params) -> JsonDict:
        source = self._source(params)
        keep = {k: v for k, v in source.items() if k not in _ENVELOPE}
        origin = {"type": "user", "date": source["date"], "sender_user": source.get("from")}
        kind = next((k for k in keep if k in _KINDS), "other")
        return self._send("forwardMessage", params, kind, {**keep, "forward_origin": origin})

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

    def edit_message_text(self, params: Params) -> JsonDict | bool:
        """Without ``reply_markup`` Telegram removes the inline keyboard."""
        record = self._target(params)
        if record is None:
            return True
        if record["kind"] != "text":
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        html, markup = params.get("text"), params.get("reply_markup")
        shown = rendered_text(str(html), params.get("parse_mode"))
        if (shown, html, markup) == (record["text"], record["html"], record["reply_markup"]):
            raise ApiError(400, NOT_MODIFIED)
        record.update(text=shown, html=html, parse_mode=params.get("parse_mode"))
        record["message"]["text"] = shown
        self._apply_markup(record, markup)
        return self._snapshot(record)

    def edit_message_caption(self, params: Params) -> JsonDict | bool:
        record = self._target(params)
        if record is None:
            return True
        if record["kind"] in {"text", "other"}:
            raise ApiError(400, "Bad Request: there is no caption in the message to edit")
        html, markup = params.get("caption"), params.get("reply_markup")
        shown = rendered_text(str(html or ""), params.get("parse_mode"))
        if (shown, markup) == (record["text"] or "", record["reply_markup"]):
            raise ApiError(400, NOT_MODIFIED)
        record.update(text=shown, html=html, parse_mode=params.get("parse_mode"))
        record["message"]["caption"] = shown
        self._apply_markup(record, markup)
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
        if (markup if isinstance(markup, dict) else None) == record["reply_markup"]:
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


_ENVELOPE = frozenset(
    {"message_id", "date", "chat", "from", "reply_markup", "edit_date", "forward_origin"}
)
_KINDS = frozenset({"text", *MEDIA_METHODS.values()})
