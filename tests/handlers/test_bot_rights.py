"""The start-up check of the bot's rights in each staff chat (bot/services/bot_rights.py),
against the fake's getChat and getChatMember: each missing right is named in one log line,
ADMIN_IDS are told in private in their language, a chat that cannot be checked changes
nothing. And what a missing right does: the fake refuses createForumTopic as Telegram does,
the request waits, and arrives once the right is given back."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from bot.db.clock import utc_now
from bot.services.bot_rights import check_staff_chats
from bot.services.staff_alerts import StaffChatAlerts
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import ADMIN, STAFF, file_request, helpdesk, i18n

ru = i18n.get("ru")
PARTNER = -1009876543210  # a partner team's chat (REQUEST_ROUTING)
LOGGER = "bot.services.bot_rights"
NO_TOPIC_RIGHT = "Bad Request: not enough rights to create a topic"


async def _check(harness: Harness) -> None:
    alerts = StaffChatAlerts(harness.services.db, harness.services.i18n, frozenset({ADMIN}))
    await check_staff_chats(harness.bot, harness.services.requests.staff_chats, alerts)
    await harness.deliver()


def _lines(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER and r.levelno == level]


def _to_admin(harness: Harness) -> list[str]:
    return [str(call.params.get("text")) for call in harness.fake.sent_to(ADMIN)]


async def test_an_admin_with_every_right_is_told_nothing(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await helpdesk(start_harness)
    caplog.set_level(logging.INFO, LOGGER)
    await _check(harness)
    assert _lines(caplog) == []
    assert _lines(caplog, logging.INFO) == [
        f"staff chat {STAFF}: the bot is an admin with the rights it needs"
    ]
    assert _to_admin(harness) == []


async def test_each_missing_right_is_one_line_and_one_message_to_admins(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(ADMIN, "ru")
    harness.fake.set_bot_rights(STAFF, can_manage_topics=False, can_delete_messages=False)
    caplog.set_level(logging.INFO, LOGGER)
    await _check(harness)

    lines = _lines(caplog)
    assert len(lines) == 2, lines
    assert lines[0].startswith(
        f"staff chat {STAFF}: the bot lacks the admin right can_manage_topics ('Manage topics')"
    )
    assert lines[1].startswith(
        f"staff chat {STAFF}: the bot lacks the admin right can_delete_messages"
    )
    [alert] = _to_admin(harness)
    assert alert == ru(
        "staff-rights-alert",
        chat=str(STAFF),
        problems="\n".join(
            [ru("staff-rights-no-manage-topics"), ru("staff-rights-no-delete-messages")]
        ),
    )
    assert "«Управление темами»" in alert


async def test_without_the_topics_right_a_request_waits_and_arrives_once_it_is_given(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    harness.fake.set_bot_rights(STAFF, can_manage_topics=False)
    number = await file_request(harness)
    await harness.deliver()
    assert harness.fake.topics == {}, "Telegram refuses the topic without the right"
    refusals = [c for c in harness.fake.calls if c.method == "createForumTopic" and not c.ok]
    assert refusals, "the bot tried and was refused"
    assert (
        refusals[0].response["description"] == "Bad Request: not enough rights to create a topic"
    )
    rows = await harness.services.db.fetch_all(
        "SELECT status FROM outbox WHERE chat_id = ?", (STAFF,)
    )
    assert {row["status"] for row in rows} == {"pending"}, "waiting, nothing lost"

    harness.fake.set_bot_rights(STAFF, can_manage_topics=True)
    assert harness.sender is not None
    harness.sender.now = lambda: utc_now() + timedelta(minutes=5)
    await harness.deliver()
    [(chat, _)] = harness.fake.topics
    assert chat == STAFF
    request = await harness.services.requests.get(number)
    assert request is not None and request.topic_id is not None


async def test_a_bot_that_is_no_admin_or_not_in_the_chat_is_named(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await helpdesk(start_harness, REQUEST_ROUTING=f"police={PARTNER}")
    harness.fake.make_forum(PARTNER, "Partner lawyers")
    harness.fake.demote_bot(STAFF)
    harness.fake.remove_bot(PARTNER)
    caplog.set_level(logging.INFO, LOGGER)
    await _check(harness)

    lines = _lines(caplog)
    assert len(lines) == 2, lines
    assert lines[0] == (
        f"staff chat {PARTNER}: the bot is not a member of it (Forbidden: bot was kicked from"
        " the supergroup chat): its requests wait until the bot is added back as an admin"
    )
    assert lines[1].startswith(f"staff chat {STAFF}: the bot is not an admin there:")
    alerts = _to_admin(harness)
    assert len(alerts) == 2, "one message per chat"
    assert any(str(PARTNER) in t and ru("staff-rights-not-member") in t for t in alerts)
    assert any(str(STAFF) in t and ru("staff-rights-not-admin") in t for t in alerts)


async def test_a_group_without_topics_is_said_not_alerted(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await start_harness(admin_ids=frozenset({ADMIN}), env={"STAFF_CHAT_ID": str(STAFF)})
    harness.fake.make_group(STAFF, "Staff without topics")
    harness.fake.set_bot_rights(STAFF, can_manage_topics=False)  # not needed without topics
    caplog.set_level(logging.INFO, LOGGER)
    await _check(harness)
    assert _lines(caplog) == [
        f"staff chat {STAFF} has no topics (not a forum): cards go to the group and operators"
        " answer by replying; turn Topics on in the group's settings for one topic per request"
    ]
    assert _to_admin(harness) == []


async def test_a_check_that_fails_is_logged_and_the_next_chat_is_still_checked(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await helpdesk(start_harness, REQUEST_ROUTING=f"police={PARTNER}")
    harness.fake.make_forum(PARTNER, "Partner lawyers")
    harness.fake.set_bot_rights(STAFF, can_delete_messages=False)
    harness.fake.fail_next("getChat", 500, chat_id=PARTNER, count=10)  # retries fail too
    caplog.set_level(logging.INFO, LOGGER)
    await _check(harness)  # does not raise

    lines = _lines(caplog)
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"staff chat {PARTNER}: could not check the bot's rights:")
    assert "can_delete_messages" in lines[1]
    assert len(_to_admin(harness)) == 1, "only what was found is reported"
