"""At start-up the bot looks at itself in each staff chat (getChat, getChatMember) and says
what is missing, one log line for each problem, so the office learns it from the log (and
ADMIN_IDS in private) before a migrant's request waits for a topic that cannot be opened.

What the bot needs there: to be an admin (an admin sees every message of the group whatever
its privacy mode), the right to manage topics (it opens, renames, closes and reopens one per
request) and the right to delete messages (it deletes a request's topic, or its messages in a
group without topics, when the request's data is erased; Telegram asks for that right). A
group without topics works (operators answer by replying): it is said, not alerted. A check
that cannot be made (Telegram unreachable) is logged and changes nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from aiogram import Bot
from aiogram.enums import ChatMemberStatus
from aiogram.exceptions import TelegramAPIError, TelegramBadRequest, TelegramForbiddenError
from aiogram.types import ChatMemberAdministrator, ChatMemberOwner

from bot.safe_log import describe_exception
from bot.services.staff_alerts import StaffChatAlerts

log = logging.getLogger(__name__)


class RightsProblem(StrEnum):
    NOT_MEMBER = "not-member"
    NOT_ADMIN = "not-admin"
    NO_MANAGE_TOPICS = "no-manage-topics"
    NO_DELETE_MESSAGES = "no-delete-messages"
    NOT_FORUM = "not-forum"


#: What each problem means for the office, in the log (English, as every log line).
LOG_LINES = {
    RightsProblem.NOT_MEMBER: (
        "staff chat %s: the bot is not a member of it (%s): its requests wait until the bot"
        " is added back as an admin"
    ),
    RightsProblem.NOT_ADMIN: (
        "staff chat %s: the bot is not an admin there: it cannot open request topics and"
        " sees only commands and replies to it; make it an admin with 'Manage topics' and"
        " 'Delete messages'"
    ),
    RightsProblem.NO_MANAGE_TOPICS: (
        "staff chat %s: the bot lacks the admin right can_manage_topics ('Manage topics'):"
        " it cannot open, rename or close request topics, so new requests wait"
    ),
    RightsProblem.NO_DELETE_MESSAGES: (
        "staff chat %s: the bot lacks the admin right can_delete_messages ('Delete"
        " messages'): it cannot remove a request's topic when the request's data is erased"
    ),
    RightsProblem.NOT_FORUM: (
        "staff chat %s has no topics (not a forum): cards go to the group and operators"
        " answer by replying; turn Topics on in the group's settings for one topic per request"
    ),
}
#: Problems the admins are told of in private (a group without topics is a choice).
ALERTED = frozenset(set(RightsProblem) - {RightsProblem.NOT_FORUM})


@dataclass(frozen=True)
class ChatCheck:
    chat_id: int
    problems: tuple[RightsProblem, ...] = ()
    reason: str = ""  # Telegram's description, when it refused to say
    checked: bool = True


async def check_chat(bot: Bot, chat_id: int) -> ChatCheck:
    """What is missing for the bot in one staff chat."""
    try:
        chat = await bot.get_chat(chat_id)
        member = await bot.get_chat_member(chat_id, bot.id)
    except (TelegramForbiddenError, TelegramBadRequest) as error:
        # "bot was kicked", "chat not found": Telegram does not show it the chat.
        return ChatCheck(chat_id, (RightsProblem.NOT_MEMBER,), reason=error.message)
    problems: list[RightsProblem] = []
    is_forum = bool(chat.is_forum)
    if member.status in (ChatMemberStatus.LEFT, ChatMemberStatus.KICKED):
        return ChatCheck(chat_id, (RightsProblem.NOT_MEMBER,), reason=str(member.status))
    if isinstance(member, ChatMemberOwner):
        pass
    elif isinstance(member, ChatMemberAdministrator):
        if is_forum and not member.can_manage_topics:
            problems.append(RightsProblem.NO_MANAGE_TOPICS)
        if not member.can_delete_messages:
            problems.append(RightsProblem.NO_DELETE_MESSAGES)
    else:
        problems.append(RightsProblem.NOT_ADMIN)
    if not is_forum:
        problems.append(RightsProblem.NOT_FORUM)
    return ChatCheck(chat_id, tuple(problems))


async def check_staff_chats(
    bot: Bot, chat_ids: Iterable[int], alerts: StaffChatAlerts | None = None
) -> list[ChatCheck]:
    """Check every staff chat, log each problem in one line, tell the admins of what stops
    the work. Never raises: a chat that cannot be checked is logged and skipped."""
    checks = []
    for chat_id in sorted(chat_ids):
        try:
            check = await check_chat(bot, chat_id)
        except (TelegramAPIError, OSError, TimeoutError) as error:
            log.warning(
                "staff chat %s: could not check the bot's rights: %s",
                chat_id,
                describe_exception(error),
            )
            checks.append(ChatCheck(chat_id, checked=False))
            continue
        _log(check)
        checks.append(check)
        alerted = [problem for problem in check.problems if problem in ALERTED]
        if alerted and alerts is not None:
            await alerts.rights_missing(chat_id, alerted)
    return checks


def _log(check: ChatCheck) -> None:
    if not check.problems:
        log.info("staff chat %s: the bot is an admin with the rights it needs", check.chat_id)
        return
    for problem in check.problems:
        if problem is RightsProblem.NOT_MEMBER:
            log.warning(LOG_LINES[problem], check.chat_id, check.reason or "unknown")
        else:
            log.warning(LOG_LINES[problem], check.chat_id)
