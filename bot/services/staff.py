"""Who may work the helpdesk: operators and admins.

ADMIN_IDS from the environment are always admins; admins add and remove others with /staff.
Every staff button and command asks this service about the person who acted; nothing in
callback data grants a role. Roles are cached in memory (one process owns the database).
"""

from __future__ import annotations

from enum import StrEnum

from bot.db.clock import utc_now
from bot.db.connection import Database
from bot.db.staff import StaffMember, StaffRepository


class Role(StrEnum):
    OPERATOR = "operator"
    ADMIN = "admin"


class StaffService:
    def __init__(self, db: Database, admin_ids: frozenset[int]) -> None:
        self.db = db
        self.admin_ids = admin_ids
        self.staff = StaffRepository(db)
        self._roles: dict[int, Role] | None = None

    async def _load(self) -> dict[int, Role]:
        if self._roles is None:
            self._roles = {m.user_id: Role(m.role) for m in await self.staff.all()}
        return self._roles

    async def role_of(self, user_id: int) -> Role | None:
        if user_id in self.admin_ids:
            return Role.ADMIN
        return (await self._load()).get(user_id)

    async def is_operator(self, user_id: int) -> bool:
        """Operators and admins may answer requests."""
        return await self.role_of(user_id) is not None

    async def is_admin(self, user_id: int) -> bool:
        return await self.role_of(user_id) == Role.ADMIN

    async def members(self) -> list[StaffMember]:
        listed = {m.user_id: m for m in await self.staff.all()}
        for admin_id in self.admin_ids:
            listed[admin_id] = StaffMember(admin_id, Role.ADMIN)
        return sorted(listed.values(), key=lambda m: (m.role, m.user_id))

    async def add(self, user_id: int, role: Role, added_by: int) -> None:
        async with self.db.single_statement() as conn:
            await self.staff.upsert(conn, user_id, role, added_by, utc_now())
        (await self._load())[user_id] = role

    async def remove(self, user_id: int) -> bool:
        """False if they were not staff. ADMIN_IDS cannot be removed here (see .env)."""
        async with self.db.single_statement() as conn:
            removed = await self.staff.delete(conn, user_id)
        (await self._load()).pop(user_id, None)
        return removed
