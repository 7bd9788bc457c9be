"""Random, well-formed Telegram updates for fuzzing the bot (reusable: a variant with faults
injected into the fake uses the same generator).

Everything comes from one ``random.Random``, so a seed reproduces a run. Updates are built
through the fake Bot API (``fake_telegram.FakeTelegram``), which stores each user message and
knows the bot's messages, so button presses name messages that exist, as in Telegram:

- private messages: text in many scripts, HTML look-alikes, control characters, long texts,
  commands of the bot with odd arguments, media and contacts, albums, edits;
- button presses: real buttons of the user's screens, mutated ones, and data made up from
  every CallbackData prefix with values in and out of range;
- the staff chat: operators and strangers writing in topics, notes, staff commands with odd
  arguments, card and template buttons (real and mutated);
- groups the bot does not serve, and my_chat_member / chat_member updates.
"""

from __future__ import annotations

import copy
import inspect
import random
import time
from collections.abc import Callable
from enum import Enum
from typing import Any

from aiogram.filters.callback_data import CallbackData

from bot.bot_commands import ADMIN_COMMANDS, COMMANDS, STAFF_COMMANDS
from bot.keyboards import callbacks
from fake_telegram import FakeTelegram, utf16_len

Update = dict[str, Any]

SCRIPTS = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГД",  # Russian
    "аңөүбвгд жашоо кайрылуу Ңөү",  # Kyrgyz
    "oʻgʻ o'g' shahar murojaat Oʻzbekiston",  # Uzbek (Latin, both apostrophes)
    "مرحبا بالعالم",  # Arabic, right to left
    "你好世界 日本語 한국어",  # CJK
    "😀🇰🇬👍🏽👨‍👩‍👧 ✍️",  # emoji, flags, ZWJ sequences
    "e\u0301 a\u0308 \u200b\u200d\u200e\u202e",  # combining marks, zero-width, bidi controls
    "\t\n\r \x1b[31m \x07 \x7f",  # control characters
)
HTML_LOOKALIKES = (
    "<b>", "</b>", "<i>x</i>", "<a href='javascript:x'>", "&amp;", "&lt;", "&#x1F600;", "&",
    "<tg-spoiler>", "<script>alert(1)</script>", "<<>>", "<b", "</", "<pre><code>", "&nbsp",
    "<blockquote expandable>", "{ $name }", "%s %d {0}", "\\", "'\"", "`code`", "*bold*",
)  # fmt: skip
ODD_NUMBERS = (
    "9" * 20, "-1", "0", "²", "١٢٣", "１２", "1_0", "1.0", "1e3", " 7", "+5", str(2**63),
    str(2**63 - 1), "", "NaN", "0x1F",
)  # fmt: skip
ODD_ARGS = (
    *ODD_NUMBERS, "9999-12-31 9999-12-31", "0001-01-01 0001-01-01", "2026-13-45", "add",
    "add 123 operator", "add ² admin", f"add {'9' * 20} operator", "remove", "remove ١٢",
    "lift", f"lift {'9' * 20}", "limit 5", "2026-01-01", "2020-01-01 2020-12-31", "@",
)  # fmt: skip
MEDIA = ("photo", "voice", "document", "video", "audio", "video_note", "sticker", "location")
LANGUAGES = ("ru", "ky", "uz", "en", None, "de", "kk")
# The request form's buttons that lead on, the furthest first (see bot/keyboards/callbacks.py).
WALKERS = 6
FORWARD_STEPS = ("rf:send", "rf:ok", "rf:chat", "rf:done", "rf:city:", "rf:cat:", "rf:resume")


class UpdateFuzzer:
    """``next_updates()`` gives the next one or few updates (an album is several)."""

    def __init__(
        self,
        fake: FakeTelegram,
        rng: random.Random,
        *,
        users: list[int],
        staff_chat: int,
        operators: list[int],
        strangers_groups: list[int],
    ) -> None:
        self.fake = fake
        self.rng = rng
        self.users = users
        self.staff_chat = staff_chat
        self.operators = operators
        self.groups = strangers_groups
        self.languages = {user: rng.choice(LANGUAGES) for user in users}
        self._albums = iter(range(10**12, 10**13))
        # Kept here rather than asked of the fake's store, whose lookups scan every message.
        self._bot_messages: dict[int, list[int]] = {}
        self._written: dict[int, list[dict[str, Any]]] = {}
        self._calls_seen = 0
        self.kinds: list[tuple[Callable[[], list[Update]], int]] = [
            (self.private_text, 18),
            (self.private_command, 14),
            (self.private_media, 8),
            (self.album, 2),
            (self.edited, 2),
            (self.press_real_button, 20),
            (self.walk_the_request_form, 10),
            (self.press_mutated_button, 8),
            (self.press_made_up_button, 6),
            (self.staff_message, 8),
            (self.staff_button, 4),
            (self.unknown_group, 2),
            (self.member_update, 2),
        ]

    def next_updates(self) -> list[Update]:
        self._note_bot_messages()
        kinds, weights = zip(*self.kinds, strict=True)
        updates: list[Update] = self.rng.choices(kinds, weights)[0]()
        for update in updates:
            message = update.get("message")
            if message is not None and message["chat"]["type"] == "private":
                self._written.setdefault(message["chat"]["id"], []).append(message)
        return updates

    def _note_bot_messages(self) -> None:
        """Messages the bot sent since the last look (from the fake's log of calls)."""
        calls = self.fake.calls
        for call in calls[self._calls_seen :]:
            result = call.response.get("result") if call.ok else None
            if isinstance(result, dict) and "message_id" in result and "chat" in result:
                chat_messages = self._bot_messages.setdefault(result["chat"]["id"], [])
                if result["message_id"] not in chat_messages[-8:]:
                    chat_messages.append(result["message_id"])
                    del chat_messages[:-8]
        self._calls_seen = len(calls)

    # --- text ------------------------------------------------------------------------

    def text(self, longest: int = 300, limit: int = 4096) -> str:
        """At most ``limit`` UTF-16 units, as Telegram delivers (4096 a text, 1024 a caption);
        now and then as long as that."""
        parts: list[str] = []
        while sum(map(len, parts)) < self.rng.randint(1, longest):
            pool = HTML_LOOKALIKES if self.rng.random() < 0.3 else SCRIPTS
            source = self.rng.choice(pool)
            start = self.rng.randrange(len(source))
            parts.append(source[start : start + self.rng.randint(1, 12)])
        text = " ".join(parts).strip() or "."
        if self.rng.random() < 0.02:
            text = text * (limit // len(text) + 1)
        return _clip_utf16(text, limit)

    def command(self, names: tuple[str, ...]) -> str:
        name = self.rng.choice(names)
        roll = self.rng.random()
        if roll < 0.1:
            name = name.upper()
        elif roll < 0.15:
            name += self.rng.choice(("@test_helpdesk_bot", "@other_bot"))
        elif roll < 0.2:
            name = self.rng.choice(("frobnicate", "", "/", "cancel", "start"))
        args = ""
        if self.rng.random() < 0.5:
            args = " " + (self.rng.choice(ODD_ARGS) if self.rng.random() < 0.7 else self.text(40))
        return f"/{name}{args}"

    # --- the private chat ----------------------------------------------------------------

    def _user(self) -> tuple[int, str | None]:
        user = self.rng.choice(self.users)
        return user, self.languages[user]

    def private_text(self) -> list[Update]:
        user, language = self._user()
        return [self.fake.user_message(user, self.text(), language_code=language)]

    def private_command(self) -> list[Update]:
        user, language = self._user()
        names = (*COMMANDS, *ADMIN_COMMANDS, "cancel")
        return [self.fake.user_message(user, self.command(names), language_code=language)]

    def private_media(self) -> list[Update]:
        user, language = self._user()
        if self.rng.random() < 0.15:
            other = user if self.rng.random() < 0.5 else self.rng.choice(self.users)
            phone = self.rng.choice(("+79001234567", "996555123456", "+", "12"))
            return [
                self.fake.user_contact(user, phone, contact_user_id=other, language_code=language)
            ]
        caption = self.text(200, limit=1024) if self.rng.random() < 0.5 else None
        kind = self.rng.choice(MEDIA)
        caption = None if kind in ("sticker", "location", "video_note") else caption
        return [self.fake.user_media(user, kind, caption=caption, language_code=language)]

    def album(self) -> list[Update]:
        user, language = self._user()
        group = str(next(self._albums))
        updates = []
        for index in range(self.rng.randint(2, 10)):
            first = index == 0 and self.rng.random() < 0.7
            caption = self.text(100, limit=1024) if first else None
            update = self.fake.user_media(user, "photo", caption=caption, language_code=language)
            update["message"]["media_group_id"] = group
            updates.append(update)
        return updates

    def edited(self) -> list[Update]:
        user, _ = self._user()
        written = self._written.get(user, [])[-20:]
        if not written:
            return self.private_text()
        message = copy.deepcopy(self.rng.choice(written))
        message["edit_date"] = int(time.time())
        if "text" in message:
            message["text"] = self.text()
            message.pop("entities", None)
        return [self.fake.push_update({"edited_message": message})]

    # --- buttons -----------------------------------------------------------------------

    def _screens(self, chat_id: int) -> list[tuple[int, list[str]]]:
        """(message id, callback data of its buttons) of the bot's messages in a chat."""
        screens = []
        for message_id in self._bot_messages.get(chat_id, []):
            record = self.fake.store.messages.get((chat_id, message_id))
            if record is None:  # deleted since
                continue
            markup = record.get("reply_markup") or {}
            rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
            data = [b["callback_data"] for row in rows for b in row if "callback_data" in b]
            screens.append((int(record["message_id"]), data))
        return screens

    def _press(self, data_for: Callable[[list[str]], str]) -> list[Update]:
        user, language = self._user()
        screens = self._screens(user)
        if not screens:
            return self.private_command()
        message_id, data = self.rng.choice(screens)
        chosen = data_for(data)
        return [self.fake.user_callback(user, message_id, chosen, language_code=language)]

    def press_real_button(self) -> list[Update]:
        return self._press(lambda data: self.rng.choice(data) if data else self.made_up_data())

    def walk_the_request_form(self) -> list[Update]:
        """One of a few users who mean it: the next step of the request form on their latest
        screen (so that requests get filed, and the staff chat gets topics and cards)."""
        user = self.rng.choice(self.users[:WALKERS])
        language = self.languages[user]
        screens = self._screens(user)
        if not screens:
            return [self.fake.user_message(user, "/request", language_code=language)]
        message_id, data = screens[-1]
        for step in FORWARD_STEPS:
            choices = [item for item in data if item.startswith(step)]
            if choices:
                chosen = self.rng.choice(choices)
                return [self.fake.user_callback(user, message_id, chosen, language_code=language)]
        if any(item.startswith("rf:") for item in data):  # the description step
            return [self.fake.user_message(user, self.text(), language_code=language)]
        return [self.fake.user_message(user, "/request", language_code=language)]

    def press_mutated_button(self) -> list[Update]:
        return self._press(
            lambda data: self.mutate(self.rng.choice(data)) if data else self.made_up_data()
        )

    def press_made_up_button(self) -> list[Update]:
        return self._press(lambda _: self.made_up_data())

    def mutate(self, data: str) -> str:
        parts = data.split(":")
        roll = self.rng.random()
        if roll < 0.5 and len(parts) > 1:
            parts[self.rng.randrange(1, len(parts))] = self.rng.choice((*ODD_NUMBERS, "x", "é"))
        elif roll < 0.65:
            parts.append(self.rng.choice(("", "1", "x")))
        elif roll < 0.8 and len(parts) > 1:
            parts.pop()
        else:
            parts[0] = self.rng.choice(list(PREFIXES))
        return _fit(":".join(parts))

    def made_up_data(self) -> str:
        if self.rng.random() < 0.1:
            return _fit(self.text(64))
        prefix = self.rng.choice(list(PREFIXES))
        values = [self._value(annotation) for annotation in PREFIXES[prefix]]
        return _fit(":".join([prefix, *values]))

    def _value(self, annotation: Any) -> str:
        if self.rng.random() < 0.3:
            return self.rng.choice(ODD_NUMBERS)
        if inspect.isclass(annotation) and issubclass(annotation, Enum):
            return str(self.rng.choice(list(annotation)).value)
        if annotation is bool:
            return self.rng.choice(("0", "1"))
        if annotation is str:
            return self.rng.choice(("", "wages", "moscow", "ru", "all", "e1", "c-moscow", "text"))
        return str(self.rng.choice((0, 1, 2, 3, 5, 10, 100)))

    # --- the staff chat and other groups -----------------------------------------------

    def _topics(self) -> list[int]:
        """Topics an operator can write in: not deleted, not closed (their app would not let
        them; the fake refuses it)."""
        return [
            thread
            for (chat, thread), topic in self.fake.topics.items()
            if chat == self.staff_chat and not topic["deleted"] and not topic["closed"]
        ]

    def staff_message(self) -> list[Update]:
        author = self.rng.choice(self.operators)
        topics = self._topics()
        thread = self.rng.choice(topics) if topics and self.rng.random() < 0.8 else None
        roll = self.rng.random()
        if roll < 0.3:
            text: str | None = self.command((*STAFF_COMMANDS, "menu", "start"))
        elif roll < 0.4:
            text = "!" + self.text(100)
        else:
            text = self.text()
        kind = None
        if self.rng.random() < 0.15:
            text, kind = None, self.rng.choice(MEDIA)
        return [
            self.fake.group_message(self.staff_chat, author, text, thread_id=thread, kind=kind)
        ]

    def staff_button(self) -> list[Update]:
        screens = [screen for screen in self._screens(self.staff_chat) if screen[1]]
        if not screens:
            return self.staff_message()
        message_id, data = self.rng.choice(screens)
        chosen = self.rng.choice(data)
        if self.rng.random() < 0.3:
            chosen = self.mutate(chosen)
        presser = self.rng.choice(self.operators)
        return [self.fake.group_callback(self.staff_chat, presser, message_id, chosen)]

    def unknown_group(self) -> list[Update]:
        group = self.rng.choice(self.groups)
        text = self.command((*COMMANDS, *STAFF_COMMANDS)) if self.rng.random() < 0.5 else None
        return [self.fake.group_message(group, self.rng.choice(self.users), text or self.text())]

    def member_update(self) -> list[Update]:
        user = self.rng.choice(self.users)
        bot_user = self.fake.bot_user
        statuses = (
            {"status": "member", "user": bot_user},
            {"status": "kicked", "user": bot_user, "until_date": 0},
        )
        old, new = statuses if self.rng.random() < 0.5 else statuses[::-1]
        if self.rng.random() < 0.5:
            chat = self.fake.store.chat(user)
            kind = "my_chat_member"
        else:
            chat = self.fake.store.chat(self.rng.choice([self.staff_chat, *self.groups]))
            kind = self.rng.choice(("my_chat_member", "chat_member"))
        change = {
            "chat": chat,
            "from": {"id": user, "is_bot": False, "first_name": "Test"},
            "date": int(time.time()),
            "old_chat_member": old,
            "new_chat_member": new,
        }
        return [self.fake.push_update({kind: change})]


def _callback_prefixes() -> dict[str, list[Any]]:
    """Every CallbackData of the bot: its prefix and the annotation of each field."""
    prefixes = {}
    for _, cls in inspect.getmembers(callbacks, inspect.isclass):
        if issubclass(cls, CallbackData) and cls is not CallbackData:
            fields = [_bare(field.annotation) for field in cls.model_fields.values()]
            prefixes[cls.__prefix__] = fields
    return prefixes


def _bare(annotation: Any) -> Any:
    """``Step | None`` → Step; ``Id`` (Annotated int) → int."""
    for candidate in getattr(annotation, "__args__", ()) or ():
        if candidate is not type(None):
            return candidate
    return annotation


def _clip_utf16(text: str, limit: int) -> str:
    while utf16_len(text) > limit:
        text = text[: len(text) - max((utf16_len(text) - limit) // 2, 1)]
    return text.strip() or "."


def _fit(data: str) -> str:
    """Callback data as Telegram delivers it: 1-64 bytes."""
    encoded = data.encode()[:64]
    return encoded.decode(errors="ignore") or "x"


PREFIXES = _callback_prefixes()
