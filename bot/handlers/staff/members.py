"""/staff (admins of this staff chat): list, add and remove its operators and admins.

/staff                      the list
/staff add 123456789 operator
/staff add 123456789 admin
/staff remove 123456789
/staff lift 123456789       this person may file requests without the per-person limit
/staff limit 123456789      the usual limit again

A role is given in the staff chat where /staff add is sent, and counts there only (see
bot/services/staff.py). A person finds their id with /id.
"""

from __future__ import annotations

import html

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.handlers.staff.access import is_operator
from bot.i18n import Translator
from bot.services.requests import MAX_NEW_PER_DAY, MAX_OPEN_PER_USER, RequestService
from bot.services.staff import Role, StaffService
from bot.validation import parse_id

LIMIT_ACTIONS = ("lift", "limit")


def router() -> Router:
    router = Router(name="staff_members")
    router.message.register(on_staff, Command("staff"), is_operator)
    router.message.register(on_not_allowed, Command("staff"))
    return router


async def on_not_allowed(message: Message, staff_t: Translator) -> None:
    await message.reply(staff_t("staff-admins-only"))


async def on_staff(
    message: Message,
    command: CommandObject,
    staff_t: Translator,
    staff: StaffService,
    requests: RequestService,
) -> None:
    actor = message.from_user.id if message.from_user else 0
    chat_id = message.chat.id
    if not await staff.is_admin(actor, chat_id):
        await message.reply(staff_t("staff-admins-only"))
        return
    parts = (command.args or "").split()
    if not parts:
        await message.reply(await list_text(staff_t, staff, chat_id))
        return
    if parts[0].lower() in LIMIT_ACTIONS:
        await message.reply(await change_limit(parts, actor, staff_t, requests))
        return
    await message.reply(await change(parts, actor, chat_id, staff_t, staff))


async def list_text(t: Translator, staff: StaffService, chat_id: int) -> str:
    lines = [t("staff-list-title")]
    for member in await staff.members(chat_id):
        role = t(f"staff-role-{member.role}")
        name = await staff.name_of(member.user_id)
        if name is None:  # has not written in a staff chat since getting the role
            lines.append(t("staff-list-item", id=str(member.user_id), role=role))
        else:
            item = t(
                "staff-list-item-named", id=str(member.user_id), name=html.escape(name), role=role
            )
            lines.append(item)
    return "\n".join(lines)


async def change(
    parts: list[str], actor: int, chat_id: int, t: Translator, staff: StaffService
) -> str:
    action = parts[0].lower()
    user_id = parse_id(parts[1]) if len(parts) >= 2 else None
    if user_id is None or action not in {"add", "remove"}:
        return t("staff-usage")
    if action == "remove":
        if user_id in staff.admin_ids:
            return t("staff-env-admin", id=str(user_id))
        removed = await staff.remove(user_id, chat_id)
        return t("staff-removed" if removed else "staff-not-staff", id=str(user_id))
    role_name = parts[2].lower() if len(parts) > 2 else Role.OPERATOR.value
    if role_name not in {role.value for role in Role}:
        return t("staff-usage")
    if user_id in staff.admin_ids:
        return t("staff-env-admin", id=str(user_id))
    await staff.add(user_id, Role(role_name), actor, chat_id)
    return t("staff-added", id=str(user_id), role=t(f"staff-role-{role_name}"))


async def change_limit(
    parts: list[str], actor: int, t: Translator, requests: RequestService
) -> str:
    user_id = parse_id(parts[1]) if len(parts) == 2 else None
    if user_id is None:
        return t("staff-usage")
    if parts[0].lower() == "lift":
        await requests.lift_limit(user_id, actor)
        return t("staff-limit-lifted", id=str(user_id))
    if not await requests.restore_limit(user_id):
        return t("staff-limit-not-lifted", id=str(user_id))
    return t(
        "staff-limit-restored", id=str(user_id), open=MAX_OPEN_PER_USER, daily=MAX_NEW_PER_DAY
    )
