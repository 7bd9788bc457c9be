"""Who may work the helpdesk: operators and admins, each in one staff chat.

With REQUEST_ROUTING several teams share the bot, each in its own staff chat, so a role is
given in a staff chat and counts there only (/staff add in that chat): an operator of the
partner lawyers' chat cannot act on the office's requests. ADMIN_IDS from the environment are
the bot's own admins: admins in every staff chat, the only ones who may ask for every chat's
requests (/queue all), and (in the private chat) the only ones with /broadcast and /newevent.
Roles given before roles were per chat (chat 0) count in every staff chat.

Every staff button and command asks this service about the person who acted and the chat it
happened in; nothing in callback data grants a role. Roles are cached in memory (one process
owns the database).

Staff are named, in cards, /queue and notices, by their Telegram name as seen when they last
wrote or pressed a button in a staff chat where they have a role (first and last name, else
@username; an id until then). Only staff names are kept, never a migrant's: the migrant never
sees who holds their request.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from aiogram.types import User
from cachetools import LRUCache

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.staff import EVERY_STAFF_CHAT, StaffMember, StaffRepository

HINT_INTERVAL = timedelta(hours=6)
NAME_LIMIT = 64


def display_name(user: User) -> str | None:
    """First and last name (else @username) on one line, at most NAME_LIMIT characters."""
    full = " ".join(f"{user.first_name} {user.last_name or ''}".split())
    name = full or (f"@{user.username}" if user.username else "")
    return name[:NAME_LIMIT] or None


class Role(StrEnum):
    OPERATOR = "operator"
    ADMIN = "admin"


class StaffService:
    def __init__(self, db: Database, admin_ids: frozenset[int]) -> None:
        self.db = db
        self.admin_ids = admin_ids
        self.staff = StaffRepository(db)
        self._roles: dict[tuple[int, int], Role] | None = None  # (chat, user) -> role
        self._hinted: LRUCache[tuple[int, int], datetime] = LRUCache(10_000)
        self._names: dict[int, str] | None = None

    async def _load(self) -> dict[tuple[int, int], Role]:
        if self._roles is None:
            self._roles = {(m.chat_id, m.user_id): Role(m.role) for m in await self.staff.all()}
        return self._roles

    async def role_of(self, user_id: int, chat_id: int = EVERY_STAFF_CHAT) -> Role | None:
        """The role in staff chat ``chat_id`` (the higher one, if given both there and in
        every chat)."""
        if user_id in self.admin_ids:
            return Role.ADMIN
        roles = await self._load()
        found = {roles.get((chat_id, user_id)), roles.get((EVERY_STAFF_CHAT, user_id))}
        if Role.ADMIN in found:
            return Role.ADMIN
        return Role.OPERATOR if Role.OPERATOR in found else None

    async def is_operator(self, user_id: int, chat_id: int = EVERY_STAFF_CHAT) -> bool:
        """Operators and admins of that staff chat may answer its requests."""
        return await self.role_of(user_id, chat_id) is not None

    async def is_admin(self, user_id: int, chat_id: int = EVERY_STAFF_CHAT) -> bool:
        return await self.role_of(user_id, chat_id) == Role.ADMIN

    def is_bot_admin(self, user_id: int) -> bool:
        """In ADMIN_IDS: an admin of every staff chat, who may see them all at once."""
        return user_id in self.admin_ids

    async def members(self, chat_id: int) -> list[StaffMember]:
        """Who has a role in ``chat_id``: given there, in every chat, or by ADMIN_IDS."""
        roles = await self._load()
        user_ids = {user for chat, user in roles if chat in (chat_id, EVERY_STAFF_CHAT)}
        listed = []
        for user_id in user_ids | self.admin_ids:
            role = await self.role_of(user_id, chat_id)
            if role is not None:
                listed.append(StaffMember(user_id, role, chat_id))
        return sorted(listed, key=lambda m: (m.role, m.user_id))

    async def given_admins(self) -> list[tuple[int, int]]:
        """(chat, user) of every admin role given with /staff (chat 0: every staff chat);
        ADMIN_IDS are not among them."""
        roles = await self._load()
        return sorted(key for key, role in roles.items() if role == Role.ADMIN)

    async def operators(self, chat_id: int) -> list[StaffMember]:
        """Everyone who may hold a request of ``chat_id`` (operators and admins), by name."""
        members = await self.members(chat_id)
        names = await self._load_names()
        return sorted(members, key=lambda m: (names.get(m.user_id, "").lower(), m.user_id))

    # --- names --------------------------------------------------------------------------

    async def _load_names(self) -> dict[int, str]:
        if self._names is None:
            self._names = await self.staff.names()
        return self._names

    async def name_of(self, user_id: int) -> str | None:
        return (await self._load_names()).get(user_id)

    async def label(self, user_id: int) -> str:
        """How staff read who someone is: the name, else the id (plain text, not escaped)."""
        return await self.name_of(user_id) or f"id {user_id}"

    async def note_name(self, user: User, chat_id: int) -> None:
        """Someone acted in a staff chat: keep their name if they have a role there and it is
        new or changed (one write per change, not per message)."""
        name = display_name(user)
        if name is None or (await self._load_names()).get(user.id) == name:
            return
        if not await self.is_operator(user.id, chat_id):
            return
        async with self.db.single_statement() as conn:
            await self.staff.set_name(conn, user.id, name, utc_now())
        (await self._load_names())[user.id] = name

    async def add(
        self, user_id: int, role: Role, added_by: int, chat_id: int = EVERY_STAFF_CHAT
    ) -> None:
        async with self.db.single_statement() as conn:
            await self.staff.upsert(conn, StaffMember(user_id, role, chat_id), added_by, utc_now())
        (await self._load())[(chat_id, user_id)] = role

    async def remove(self, user_id: int, chat_id: int) -> bool:
        """False if they had no role there. ADMIN_IDS cannot be removed here (see .env)."""
        async with self.db.single_statement() as conn:
            removed = await self.staff.delete(conn, user_id, chat_id)
        roles = await self._load()
        roles.pop((chat_id, user_id), None)
        roles.pop((EVERY_STAFF_CHAT, user_id), None)
        return removed

    def hint_due(self, user_id: int, chat_id: int, now: datetime | None = None) -> bool:
        """A member without a role wrote where only operators are heard: tell them how to
        get one, once per HINT_INTERVAL (not once per message)."""
        now = now or utc_now()
        last = self._hinted.get((chat_id, user_id))
        if last is not None and now - last < HINT_INTERVAL:
            return False
        self._hinted[(chat_id, user_id)] = now
        return True
