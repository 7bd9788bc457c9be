"""Who is in the sandbox: the people (migrants, an operator, an admin) and the staff forum."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from bot.i18n import LOCALES

Role = Literal["migrant", "operator", "admin"]

BOT_TOKEN = "1000000001:SANDBOX-local-fake-token-never-sent-anywhere"
BOT_USERNAME = "helpdesk_sandbox_bot"
BOT_NAME = "Helpdesk"
STAFF_CHAT_ID = -1001000000001
STAFF_CHAT_TITLE = "Staff · helpdesk"
FIRST_MIGRANT_ID = 100001
OPERATOR_ID = 200001
ADMIN_ID = 200002
NAME_LIMIT = 64  # Telegram's first_name limit
#: Telegram languages a new user may have: the bot's four and one it does not speak.
LANGUAGES = (*LOCALES, "de")


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    role: Role
    language: str  # Telegram's language_code of the person's app

    @property
    def is_staff(self) -> bool:
        return self.role != "migrant"

    def can_use(self, chat_id: int) -> bool:
        """A person sees their own chat with the bot; staff also see the staff forum."""
        return chat_id == self.id or (self.is_staff and chat_id == STAFF_CHAT_ID)

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "role": self.role, "language": self.language}


class NewUserError(ValueError):
    """A name or language the page should not have sent; the message says which."""


class People:
    """Everyone in the sandbox, in the order they came."""

    def __init__(self) -> None:
        self.by_id: dict[int, Person] = {}
        self._next_migrant = FIRST_MIGRANT_ID
        for person in (
            Person(FIRST_MIGRANT_ID, "Айгүл", "migrant", "ky"),
            Person(OPERATOR_ID, "Бакыт", "operator", "ru"),
            Person(ADMIN_ID, "Нурлан", "admin", "ru"),
        ):
            self.by_id[person.id] = person
        self._next_migrant += 1

    def __iter__(self) -> Iterator[Person]:
        return iter(self.by_id.values())

    def get(self, person_id: object) -> Person | None:
        return self.by_id.get(person_id) if isinstance(person_id, int) else None

    def add_migrant(self, name: object, language: object) -> Person:
        if not isinstance(name, str) or not name.strip():
            raise NewUserError("a name is needed")
        if len(name.strip()) > NAME_LIMIT:
            raise NewUserError(f"a name has at most {NAME_LIMIT} characters")
        if language not in LANGUAGES:
            raise NewUserError(f"language must be one of {', '.join(LANGUAGES)}")
        person = Person(self._next_migrant, name.strip(), "migrant", str(language))
        self._next_migrant += 1
        self.by_id[person.id] = person
        return person

    def phone_of(self, person: Person) -> str:
        """A made-up phone number (Telegram's digits-only form) for the contact button."""
        return f"7900{person.id % 10_000_000:07d}"
