"""Several teams, one bot: with REQUEST_ROUTING each staff chat sees and works only the
requests routed to it, roles are given per staff chat, personal data leaves a group only for
an admin's private chat, and /id tells anyone the ids they need."""

from __future__ import annotations

import csv
import io

from bot.keyboards.callbacks import CardAction, RequestCard
from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    ENV,
    STAFF,
    USER,
    file_request,
    ru,
    topic_of,
    user_texts,
)

PARTNER = -1009876543210  # the partner lawyers' staff chat: police requests go there
OFFICE_OPERATOR = 5101
PARTNER_OPERATOR = 5201
PARTNER_ADMIN = 5202
MIGRANT_2 = 7102


async def two_teams(start_harness: StartHarness) -> Harness:
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env={**ENV, "REQUEST_ROUTING": f"police={PARTNER}"},
        throttling=ThrottlingMiddleware(burst=100),
    )
    harness.fake.make_forum(STAFF)
    harness.fake.make_forum(PARTNER, "Partner lawyers")
    await harness.staff_send(STAFF, ADMIN, f"/staff add {OFFICE_OPERATOR} operator")
    await harness.staff_send(PARTNER, ADMIN, f"/staff add {PARTNER_ADMIN} admin")
    await harness.staff_send(PARTNER, PARTNER_ADMIN, f"/staff add {PARTNER_OPERATOR} operator")
    return harness


def last_in(harness: Harness, chat: int) -> str:
    return str(harness.fake.store.bot_messages(chat)[-1]["text"])


async def requests_of_both_teams(harness: Harness) -> tuple[int, int]:
    wages = await file_request(harness, USER, category="wages")
    police = await file_request(harness, MIGRANT_2, category="police")
    await harness.deliver()
    return wages, police


async def test_each_team_sees_only_the_requests_routed_to_it(
    start_harness: StartHarness,
) -> None:
    harness = await two_teams(start_harness)
    wages, police = await requests_of_both_teams(harness)

    await harness.staff_send(PARTNER, PARTNER_OPERATOR, "/queue")
    queue = last_in(harness, PARTNER)
    assert f"№{police}" in queue and f"№{wages}" not in queue, "not the office's queue"
    await harness.staff_send(STAFF, OFFICE_OPERATOR, "/queue")
    queue = last_in(harness, STAFF)
    assert f"№{wages}" in queue and f"№{police}" not in queue

    await harness.staff_send(PARTNER, PARTNER_OPERATOR, "/stats")
    stats = str(harness.fake.store.bot_messages(PARTNER)[-2]["text"])  # then its chart
    assert visible_text(ru("staff-stats-total", count=1)) in stats
    assert ru("request-category-wages") not in stats

    await harness.staff_send(PARTNER, PARTNER_OPERATOR, "/export")
    files = [r for r in harness.fake.store.bot_messages(PARTNER) if r.get("upload")]
    rows = list(csv.DictReader(io.StringIO(files[-2]["upload"].decode("utf-8-sig"))))
    assert [int(row["id"]) for row in rows] == [police]
    assert rows[0]["created_at"].endswith("+03:00"), "Moscow time, as everywhere staff read"

    await harness.staff_send(PARTNER, PARTNER_ADMIN, "/queue all")
    assert last_in(harness, PARTNER) == ru("staff-scope-all-not-allowed")
    await harness.staff_send(STAFF, ADMIN, "/queue all")  # ADMIN_IDS: the whole bot
    queue = last_in(harness, STAFF)
    assert f"№{wages}" in queue and f"№{police}" in queue
    await harness.staff_send(STAFF, ADMIN, "/stats all")
    stats = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])
    assert visible_text(ru("staff-stats-total", count=2)) in stats


async def test_roles_are_per_staff_chat(start_harness: StartHarness) -> None:
    harness = await two_teams(start_harness)
    wages, police = await requests_of_both_teams(harness)
    office_thread, partner_thread = (
        topic_of(harness, wages),
        (next(t for (c, t), topic in harness.fake.topics.items() if c == PARTNER)),
    )

    partner_card = harness.fake.topic_messages(PARTNER, partner_thread)[0]
    take = RequestCard(request_id=police, action=CardAction.TAKE).pack()
    query = await harness.staff_press(PARTNER, OFFICE_OPERATOR, partner_card["message_id"], take)
    answer = harness.fake.callback_answers[query]
    assert answer is not None and answer["text"] == ru("staff-not-allowed")
    await harness.staff_press(PARTNER, PARTNER_OPERATOR, partner_card["message_id"], take)
    request = await harness.services.requests.get(police)
    assert request is not None and request.assignee_id == PARTNER_OPERATOR

    await harness.staff_send(
        STAFF, PARTNER_OPERATOR, "Я из другой команды", thread_id=office_thread
    )
    await harness.deliver()
    assert "Я из другой команды" not in user_texts(harness), "not an operator of this chat"
    await harness.staff_send(STAFF, PARTNER_OPERATOR, "/queue")
    assert last_in(harness, STAFF) == ru("staff-not-allowed")

    await harness.staff_send(PARTNER, PARTNER_ADMIN, "/staff")
    listing = last_in(harness, PARTNER)
    assert str(PARTNER_OPERATOR) in listing and str(OFFICE_OPERATOR) not in listing
    await harness.staff_send(PARTNER, PARTNER_ADMIN, f"/staff remove {PARTNER_OPERATOR}")
    assert not await harness.services.staff.is_operator(PARTNER_OPERATOR, PARTNER)
    assert await harness.services.staff.is_operator(OFFICE_OPERATOR, STAFF)


async def test_personal_data_goes_to_the_admins_private_chat_never_the_group(
    start_harness: StartHarness,
) -> None:
    harness = await two_teams(start_harness)
    await requests_of_both_teams(harness)
    uploads_before = len([r for r in harness.fake.store.bot_messages(STAFF) if r.get("upload")])
    await harness.staff_send(STAFF, ADMIN, "/export")
    in_group = [r for r in harness.fake.store.bot_messages(STAFF) if r.get("upload")]
    assert len(in_group) == uploads_before, "no file with personal data in the group"
    assert last_in(harness, STAFF) == ru("staff-export-sent-private")
    private = [r for r in harness.fake.store.bot_messages(ADMIN) if r.get("upload")]
    assert len(private) == 2
    rows = list(csv.DictReader(io.StringIO(private[0]["upload"].decode("utf-8-sig"))))
    assert "phone" in rows[0] and len(rows) == 1, "the office's request only, with its data"

    harness.fake.fail_next("sendDocument", 403, description="Forbidden: bot can't initiate")
    await harness.staff_send(PARTNER, PARTNER_ADMIN, "/export")
    assert last_in(harness, PARTNER) == ru("staff-export-start-private")


async def test_staff_chat_members_are_not_migrants(start_harness: StartHarness) -> None:
    harness = await two_teams(start_harness)
    wages, _ = await requests_of_both_teams(harness)
    thread = topic_of(harness, wages)
    await harness.staff_send(STAFF, OFFICE_OPERATOR, "Ответ", thread_id=thread)
    stranger = 5999
    await harness.staff_send(STAFF, stranger, "Я просто в группе", thread_id=thread)
    await harness.staff_send(STAFF, stranger, "И ещё раз", thread_id=thread)
    await harness.deliver()
    rows = await harness.services.db.fetch_all("SELECT id FROM users ORDER BY id")
    assert [row[0] for row in rows] == [USER, MIGRANT_2], "no user rows for staff chat members"

    hints = [
        r for r in harness.fake.store.bot_messages(STAFF) if str(stranger) in str(r["text"] or "")
    ]
    assert len(hints) == 1, "one hint, not one per message"
    assert visible_text(ru("staff-operators-only-hint", id=str(stranger))) == hints[0]["text"]
    assert "Я просто в группе" not in user_texts(harness)


async def test_id_tells_a_person_their_id_and_the_chats(start_harness: StartHarness) -> None:
    harness = await two_teams(start_harness)
    await harness.send(USER, "/id")
    assert visible_text(ru("common-id-user", id=str(USER))) in str(harness.fake.last_text(USER))
    new_group = -1005550001
    harness.fake.make_group(new_group, "Not yet configured")
    await harness.staff_send(new_group, 5301, "/id")
    answer = str(harness.fake.store.bot_messages(new_group)[-1]["text"])
    assert visible_text(ru("common-id-user", id="5301")) in answer
    assert visible_text(ru("common-id-chat", chat=str(new_group))) in answer
    await harness.staff_send(STAFF, OFFICE_OPERATOR, "/id")
    assert str(STAFF) in last_in(harness, STAFF)
