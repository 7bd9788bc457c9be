"""The office's daily work (issue 16, operators): handing a request to another operator by name,
who holds how many, answer deadlines counted in office hours and escalated once, one
auto-reply per closed period, and the forum topic closed and reopened with the request. Real
Dispatcher, real SQLite, the strict fake Bot API; a test clock (bot.db.clock) for the hours."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from bot.db import clock
from bot.i18n import I18n
from bot.keyboards.callbacks import (
    AssignStep,
    CardAction,
    RequestAssign,
    RequestCard,
    RequestRate,
)
from bot.local_time import MOSCOW
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.scheduler import escalate_overdue_requests
from fake_telegram import TopicClosedError
from fake_telegram.html_check import visible_text
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness, buttons_of
from tests.handlers.test_requests import (
    ADMIN,
    ENV,
    OPERATOR,
    OTHER,
    STAFF,
    USER,
    card_of,
    file_request,
    ru,
    topic_of,
    topic_texts,
    user_texts,
)

COLLEAGUE = 5002  # a second operator of the staff chat
CHAT_ADMIN = 5003  # an admin given the role in the staff chat (not in ADMIN_IDS)
NAMES = {OPERATOR: "Бакыт", COLLEAGUE: "Айжан", ADMIN: "Нурлан", CHAT_ADMIN: "Гүлнара"}
HOURS = {"OFFICE_HOURS": "mon-fri 09:00-18:00", "OFFICE_TIMEZONE": "Europe/Moscow"}


@pytest.fixture
def moscow() -> Iterator[Clock]:
    """The bot's clock (bot.db.clock, process-wide), moved to chosen Moscow times."""
    yield Clock()
    clock.reset()


class Clock:
    """Moves the bot's clock forward to a weekday and time in Moscow, at least a week ahead of
    the real time (the clock never goes back)."""

    def __init__(self) -> None:
        today = datetime.now(MOSCOW).date()
        days_to_monday = (7 - today.weekday()) % 7 + 7
        self.monday = today + timedelta(days=days_to_monday)

    def set(self, weekday: int, hour: int, minute: int = 0, week: int = 0) -> datetime:
        """Monday is 0; ``week``: weeks after the first Monday."""
        day = self.monday + timedelta(days=weekday + 7 * week)
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=MOSCOW)
        step = moment - clock.utc_now()
        assert step > timedelta(0), "the test clock only moves forward"
        clock.advance(step)
        return moment


async def desk(start_harness: StartHarness, **env: str) -> Harness:
    """The office: an admin from ADMIN_IDS, two operators and a chat admin, all of whom have
    written in the staff chat once (so the bot knows their names)."""
    harness = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env={**ENV, **env},
        throttling=ThrottlingMiddleware(burst=100),
    )
    harness.fake.make_forum(STAFF)
    await harness.staff_send(STAFF, ADMIN, f"/staff add {OPERATOR} operator", first_name="Нурлан")
    await harness.staff_send(STAFF, ADMIN, f"/staff add {COLLEAGUE} operator", first_name="Нурлан")
    await harness.staff_send(STAFF, ADMIN, f"/staff add {CHAT_ADMIN} admin", first_name="Нурлан")
    for who in (OPERATOR, COLLEAGUE, CHAT_ADMIN):
        await harness.staff_send(STAFF, who, "Доброе утро", first_name=NAMES[who])
    return harness


async def press_card(
    harness: Harness, number: int, action: CardAction, who: int = OPERATOR
) -> dict[str, Any]:
    """An operator presses a button of the card (with their name, as Telegram shows it)."""
    return await press_on_card(
        harness, number, RequestCard(request_id=number, action=action).pack(), who
    )


def card_buttons(harness: Harness, number: int) -> list[tuple[str, str]]:
    return buttons_of(card_of(harness, topic_of(harness, number)))


async def press_on_card(harness: Harness, number: int, data: str, who: int) -> dict[str, Any]:
    """Press ``data`` on the request's card; returns the answer (toast) it got."""
    card = card_of(harness, topic_of(harness, number))
    query = await harness.staff_press(STAFF, who, card["message_id"], data, NAMES.get(who, "X"))
    answer = harness.fake.callback_answers[query]
    assert answer is not None, "every press is answered"
    return answer


def general_texts(harness: Harness, chat: int = STAFF) -> list[str]:
    """What the bot wrote in the staff chat's general topic (outside any request's topic)."""
    return [
        str(r["text"] or "")
        for r in harness.fake.store.bot_messages(chat)
        if r["thread_id"] is None
    ]


def escalations(harness: Harness) -> list[str]:
    title = visible_text(ru("staff-escalation-title"))
    return [text for text in general_texts(harness) if title in text]


def private_texts(harness: Harness, person: int) -> list[str]:
    return [str(r["text"] or "") for r in harness.fake.store.bot_messages(person)]


# --- assigning -----------------------------------------------------------------------------


async def test_an_operator_hands_a_request_to_a_colleague_by_name(
    start_harness: StartHarness,
) -> None:
    harness = await desk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    await press_card(harness, number, CardAction.TAKE)  # Бакыт takes it
    await harness.deliver()
    thread = topic_of(harness, number)
    assert "Бакыт" in card_of(harness, thread)["text"], "the card names the holder"
    migrant_saw = user_texts(harness)

    assign = RequestAssign(request_id=number, step=AssignStep.LIST).pack()
    assert assign in [data for _, data in card_buttons(harness, number)]
    answer = await press_on_card(harness, number, assign, OPERATOR)
    assert answer["text"] == ru("staff-assign-choose", number=number)
    labels = [label for label, _ in card_buttons(harness, number)]
    assert {"Айжан", "Гүлнара", "Нурлан"} <= set(labels), "the chat's operators by name"
    assert "Бакыт" not in labels, "not the one who holds it"
    assert ru("common-button-back") in labels

    pick = next(data for label, data in card_buttons(harness, number) if label == "Айжан")
    await press_on_card(harness, number, pick, OPERATOR)
    labels = [label for label, _ in card_buttons(harness, number)]
    assert labels == [ru("staff-button-assign-confirm", name="Айжан"), ru("common-button-back")]
    assert "Бакыт" in card_of(harness, thread)["text"], "nothing changed before the confirmation"

    confirm = card_buttons(harness, number)[0][1]
    answer = await press_on_card(harness, number, confirm, OPERATOR)
    assert answer["text"] == ru("staff-assigned", number=number, name="Айжан")
    await harness.deliver()

    request = await harness.services.requests.get(number)
    assert request is not None and request.assignee_id == COLLEAGUE
    card = card_of(harness, thread)
    assert "Айжан" in card["text"] and "Бакыт" not in card["text"]
    assert ru("staff-button-take") in [label for label, _ in buttons_of(card)], "card buttons back"
    notice = next(r for r in harness.fake.topic_messages(STAFF, thread) if "👤" in str(r["text"]))
    assert notice["text"] == visible_text(
        ru("staff-assigned-notice", number=number, holder="Айжан", by="Бакыт")
    )
    assert f'href="tg://user?id={COLLEAGUE}"' in notice["html"], "the new holder is notified"

    assert user_texts(harness) == migrant_saw, "the migrant is told nothing of the handover"
    assert not any(name in "".join(user_texts(harness)) for name in NAMES.values())
    await harness.staff_send(STAFF, COLLEAGUE, "/queue", first_name="Айжан")
    queue = str(harness.fake.store.bot_messages(STAFF)[-1]["text"])
    assert "Айжан" in queue and str(COLLEAGUE) not in queue, "a name, not an id"


async def test_only_an_admin_or_the_holder_may_hand_a_request_over(
    start_harness: StartHarness,
) -> None:
    harness = await desk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    await press_card(harness, number, CardAction.TAKE)  # Бакыт holds it
    await harness.deliver()
    before = card_buttons(harness, number)

    assign = RequestAssign(request_id=number, step=AssignStep.LIST).pack()
    answer = await press_on_card(harness, number, assign, COLLEAGUE)
    assert (answer["text"], answer.get("show_alert")) == (ru("staff-assign-not-allowed"), True)
    assert card_buttons(harness, number) == before, "the card did not change"
    crafted = RequestAssign(request_id=number, step=AssignStep.CONFIRM, operator_id=COLLEAGUE)
    answer = await press_on_card(harness, number, crafted.pack(), COLLEAGUE)
    assert answer["text"] == ru("staff-assign-not-allowed")
    answer = await press_on_card(harness, number, crafted.pack(), 9999)  # not staff at all
    assert answer["text"] == ru("staff-not-allowed")
    await harness.deliver()
    request = await harness.services.requests.get(number)
    assert request is not None and request.assignee_id == OPERATOR

    stranger = RequestAssign(request_id=number, step=AssignStep.CONFIRM, operator_id=9999)
    answer = await press_on_card(harness, number, stranger.pack(), CHAT_ADMIN)
    assert answer["text"] == ru("staff-assign-not-operator"), "only to an operator of the chat"
    answer = await press_on_card(harness, number, assign, CHAT_ADMIN)  # an admin may
    assert answer["text"] == ru("staff-assign-choose", number=number)
    back = RequestAssign(request_id=number, step=AssignStep.BACK).pack()
    await press_on_card(harness, number, back, CHAT_ADMIN)
    assert card_buttons(harness, number) == before, "Back: the card's own buttons"
    crafted = RequestAssign(request_id=number, step=AssignStep.CONFIRM, operator_id=OPERATOR)
    answer = await press_on_card(harness, number, crafted.pack(), CHAT_ADMIN)
    assert answer["text"] == ru("staff-assign-same", name="Бакыт")
    crafted = RequestAssign(request_id=number, step=AssignStep.CONFIRM, operator_id=COLLEAGUE)
    answer = await press_on_card(harness, number, crafted.pack(), CHAT_ADMIN)
    assert answer["text"] == ru("staff-assigned", number=number, name="Айжан")
    await harness.deliver()
    notice = topic_texts(harness, topic_of(harness, number))[-1]
    assert notice == visible_text(
        ru("staff-assigned-notice", number=number, holder="Айжан", by="Гүлнара")
    )


async def test_queue_per_operator_mine_and_stats(start_harness: StartHarness) -> None:
    harness = await desk(start_harness)
    wages = await file_request(harness, USER, category="wages")
    police = await file_request(harness, OTHER, category="police")
    nobodys = await file_request(harness, 7003, category="housing")
    await harness.deliver()
    await press_card(harness, wages, CardAction.TAKE)
    await press_card(harness, police, CardAction.TAKE)
    await harness.deliver()

    await harness.staff_send(STAFF, COLLEAGUE, "/queue", first_name="Айжан")
    queue = str(harness.fake.store.bot_messages(STAFF)[-1]["text"])
    assert visible_text(ru("staff-queue-holder", name="Бакыт", open=2, urgent=1)) in queue
    nobody = ru("staff-queue-unassigned")
    assert visible_text(ru("staff-queue-holder", name=nobody, open=1, urgent=0)) in queue

    await harness.staff_send(STAFF, OPERATOR, "/queue mine", first_name="Бакыт")
    mine = str(harness.fake.store.bot_messages(STAFF)[-1]["text"])
    assert visible_text(ru("staff-queue-mine-title", count=2, urgent=1)) in mine
    assert f"№{wages}" in mine and f"№{police}" in mine and f"№{nobodys}" not in mine
    await harness.staff_send(STAFF, COLLEAGUE, "/queue mine", first_name="Айжан")
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-queue-mine-empty")
    await harness.staff_send(STAFF, COLLEAGUE, "/queue everything", first_name="Айжан")
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-queue-usage")

    await harness.staff_send(STAFF, OPERATOR, "/stats", first_name="Бакыт")
    stats = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])  # then its chart
    line = visible_text(ru("staff-stats-holder", name="Бакыт", count=2, open=2, urgent=1))
    assert stats.count(line) == 2, "the week and all time"
    today = datetime.now(MOSCOW).date().isoformat()
    await harness.staff_send(STAFF, OPERATOR, f"/stats {today} {today}", first_name="Бакыт")
    stats = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])  # then its chart
    assert visible_text(ru("staff-stats-period-days", to=today, **{"from": today})) in stats
    assert line in stats and visible_text(ru("staff-stats-total", count=3)) in stats
    await harness.staff_send(STAFF, OPERATOR, "/stats 2020-01-01 2020-01-31", first_name="Бакыт")
    stats = str(harness.fake.store.bot_messages(STAFF)[-2]["text"])  # then its chart
    assert visible_text(ru("staff-stats-total", count=0)) in stats and "Бакыт" not in stats
    await harness.staff_send(STAFF, OPERATOR, "/stats 2020-01-01", first_name="Бакыт")
    assert harness.fake.store.bot_messages(STAFF)[-1]["text"] == ru("staff-stats-usage")
    await harness.staff_send(STAFF, CHAT_ADMIN, "/staff", first_name="Гүлнара")
    listing = str(harness.fake.store.bot_messages(STAFF)[-1]["text"])
    assert f"{OPERATOR} · Бакыт · {ru('staff-role-operator')}" in listing, "/staff names them"


# --- answer deadlines --------------------------------------------------------------------


async def test_an_unanswered_request_is_escalated_once_across_a_restart(
    start_harness: StartHarness, moscow: Clock
) -> None:
    env = {**HOURS, "SLA_MINUTES": "60"}
    moscow.set(0, 10)  # Monday 10:00: the office is open
    harness = await desk(start_harness, **env)
    number = await file_request(harness)
    answered = await file_request(harness, OTHER)
    await harness.deliver()
    thread = topic_of(harness, number)
    due = visible_text(ru("staff-card-due", time=_day_time(moscow, 0, 11, 0)))
    assert due in card_of(harness, thread)["text"], "answer by 11:00 (Moscow), not a countdown"
    await harness.staff_send(
        STAFF, OPERATOR, "Здравствуйте!", thread_id=topic_of(harness, answered)
    )
    await harness.deliver()

    moscow.set(0, 10, 59)
    assert await escalate_overdue_requests(harness.services.escalations, harness.sender) == 0  # type: ignore[arg-type]
    moscow.set(0, 11, 1)
    assert await escalate_overdue_requests(harness.services.escalations, harness.sender) == 1  # type: ignore[arg-type]
    await harness.deliver()
    (message,) = escalations(harness)
    assert f"№{number}" in message and f"№{answered}" not in message, "only the unanswered one"
    record = next(r for r in harness.fake.store.bot_messages(STAFF) if r["text"] == message)
    assert f'href="https://t.me/c/1234567890/{thread}"' in record["html"], "linked to its topic"
    overdue = visible_text(ru("staff-card-overdue", time=_day_time(moscow, 0, 11, 0)))
    assert overdue in card_of(harness, thread)["text"], "the card was refreshed: overdue"
    assert not private_texts(harness, ADMIN), "not urgent: no admin is disturbed in private"

    assert await escalate_overdue_requests(harness.services.escalations, harness.sender) == 0  # type: ignore[arg-type]
    await harness.stop()
    again = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env={**ENV, **env},
        throttling=ThrottlingMiddleware(burst=100),
        fake=harness.fake,
    )
    moscow.set(0, 12)
    assert await escalate_overdue_requests(again.services.escalations, again.sender) == 0  # type: ignore[arg-type]
    await again.deliver()
    assert len(escalations(again)) == 1, "escalated once, the restart changes nothing"


async def test_deadlines_count_office_hours_and_urgent_ones_reach_admins_in_private(
    start_harness: StartHarness, moscow: Clock
) -> None:
    moscow.set(4, 17, 50)  # Friday 17:50: ten minutes before closing
    harness = await desk(start_harness, **HOURS, SLA_MINUTES="240", SLA_MINUTES_URGENT="30")
    await harness.services.users.set_locale(ADMIN, "ky")  # the admin reads the bot in Kyrgyz
    police = await file_request(harness, category="police")
    await harness.deliver()
    request = await harness.services.requests.get(police)
    assert request is not None and request.answer_due_at is not None
    due_at = request.answer_due_at.astimezone(MOSCOW)
    assert (due_at.weekday(), due_at.hour, due_at.minute) == (0, 9, 20), "Monday 09:20"

    for weekday, hour, minute in ((4, 18, 30), (5, 12, 0), (0, 9, 19)):  # closed, or not yet
        moscow.set(weekday, hour, minute, week=0 if weekday else 1)
        assert await escalate_overdue_requests(harness.services.escalations, harness.sender) == 0  # type: ignore[arg-type]
    moscow.set(0, 9, 21, week=1)
    assert await escalate_overdue_requests(harness.services.escalations, harness.sender) == 1  # type: ignore[arg-type]
    await harness.deliver()
    assert len(escalations(harness)) == 1 and f"№{police}" in escalations(harness)[0]
    ky = I18n.load("ru").get("ky")
    (to_admin,) = private_texts(harness, ADMIN)
    assert visible_text(ky("staff-escalation-urgent-title")) in to_admin, "in the admin's language"
    assert f"№{police}" in to_admin
    (to_chat_admin,) = private_texts(harness, CHAT_ADMIN)
    assert visible_text(ru("staff-escalation-urgent-title")) in to_chat_admin
    assert not private_texts(harness, OPERATOR), "operators hear it in the staff chat"


def _day_time(moscow: Clock, weekday: int, hour: int, minute: int, *, year: bool = False) -> str:
    """As staff and migrants read it: 25.12 09:00, or with ``year`` 25.12.2026 09:00."""
    day = moscow.monday + timedelta(days=weekday)
    date = f"{day.day:02d}.{day.month:02d}" + (f".{day.year}" if year else "")
    return f"{date} {hour:02d}:{minute:02d}"


# --- the office is closed -----------------------------------------------------------------


async def test_outside_office_hours_one_auto_reply_per_closed_period(
    start_harness: StartHarness, moscow: Clock
) -> None:
    moscow.set(4, 17)  # Friday 17:00, open
    harness = await desk(start_harness, **HOURS)
    police = await file_request(harness, category="police")
    wages = await file_request(harness, OTHER, category="wages")
    await harness.deliver()
    thread = topic_of(harness, police)

    moscow.set(4, 19)  # Friday evening: closed until Monday 09:00
    for text in ("Меня снова вызвали", "В полицию", "Что делать?"):
        await harness.send(USER, text)
    await harness.deliver()
    assert topic_texts(harness, thread)[-3:] == ["Меня снова вызвали", "В полицию", "Что делать?"]
    away = [text for text in user_texts(harness) if "📨" in text]
    assert len(away) == 1, "one auto-reply, not one per message"
    monday = _day_time(moscow, 7, 9, 0, year=True)
    assert monday in away[0] and "112" in away[0], "when the office answers; urgent: 112"

    moscow.set(5, 11)  # Saturday: the same closed period
    await harness.send(USER, "Суббота")
    await harness.send(OTHER, "Про зарплату")
    await harness.deliver()
    assert len([t for t in user_texts(harness) if "📨" in t]) == 1
    (other_away,) = [t for t in user_texts(harness, OTHER) if "📨" in t]
    assert monday in other_away and "112" not in other_away, "not urgent: no emergency numbers"
    assert f"№{wages}" in other_away

    moscow.set(0, 10, week=1)  # Monday, open: no auto-reply
    await harness.send(USER, "Понедельник")
    await harness.deliver()
    assert len([t for t in user_texts(harness) if "📨" in t]) == 1
    moscow.set(0, 19, week=1)  # Monday evening: a new closed period, a new auto-reply
    await harness.send(USER, "Вечер понедельника")
    await harness.deliver()
    away = [t for t in user_texts(harness) if "📨" in t]
    tuesday = _day_time(moscow, 8, 9, 0, year=True)
    assert len(away) == 2 and tuesday in away[1]


# --- the forum topic closed and reopened ---------------------------------------------------


def topic_calls(harness: Harness) -> list[str]:
    return [
        c.method
        for c in harness.fake.calls
        if c.method in {"closeForumTopic", "reopenForumTopic"} and c.ok
    ]


async def test_close_and_reopen_close_and_reopen_the_topic(start_harness: StartHarness) -> None:
    harness = await desk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Ответ", thread_id=thread)
    await harness.deliver()

    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    assert harness.fake.topics[(STAFF, thread)]["closed"] is True
    with pytest.raises(TopicClosedError):  # an operator's app no longer lets them write
        harness.fake.group_message(STAFF, OPERATOR, "ещё", thread_id=thread)
    await harness.press_data(USER, RequestRate(request_id=number, rating=5).pack())
    await harness.deliver()
    assert ru("staff-rated", rating=5) in topic_texts(harness, thread), "the bot still posts"
    assert harness.fake.topics[(STAFF, thread)]["closed"] is True
    assert topic_calls(harness) == ["closeForumTopic"]

    await press_card(harness, number, CardAction.REOPEN)
    await harness.deliver()
    assert harness.fake.topics[(STAFF, thread)]["closed"] is False
    await harness.staff_send(STAFF, OPERATOR, "Снова на связи", thread_id=thread)
    await harness.deliver()
    assert "Снова на связи" in user_texts(harness)

    await press_card(harness, number, CardAction.CLOSE)
    await press_card(harness, number, CardAction.REOPEN)
    await harness.deliver()
    assert topic_calls(harness) == ["closeForumTopic", "reopenForumTopic"], "nothing to change"
    request = await harness.services.requests.get(number)
    assert request is not None and request.is_open and not request.topic_closed


async def test_closing_survives_429_a_restart_and_a_topic_closed_or_deleted_by_hand(
    start_harness: StartHarness,
) -> None:
    harness = await desk(start_harness)
    first = await file_request(harness)
    second = await file_request(harness, OTHER)
    await harness.deliver()
    harness.fake.fail_next("closeForumTopic", 429, retry_after=1)
    await press_card(harness, first, CardAction.CLOSE)
    await harness.stop()  # before the outbox sent anything
    again = await start_harness(
        admin_ids=frozenset({ADMIN}),
        env=ENV,
        throttling=ThrottlingMiddleware(burst=100),
        fake=harness.fake,
    )
    await again.deliver()
    assert again.fake.topics[(STAFF, topic_of(again, first))]["closed"] is True

    thread = topic_of(again, second)
    again.fake.close_topic(STAFF, thread)  # closed by hand in Telegram
    await press_card(again, second, CardAction.CLOSE)
    await again.deliver()
    request = await again.services.requests.get(second)
    assert request is not None and request.topic_closed, "TOPIC_NOT_MODIFIED: recorded as closed"
    await press_card(again, second, CardAction.REOPEN)
    await again.deliver()
    assert again.fake.topics[(STAFF, thread)]["closed"] is False

    await press_card(again, second, CardAction.CLOSE)
    again.fake.delete_topic(STAFF, thread)  # deleted by hand before the bot closes it
    await again.deliver()
    failed = await again.services.db.fetch_all(
        "SELECT last_error FROM outbox WHERE status = 'failed'"
    )
    assert [row[0] for row in failed] == [], "nothing is lost or refused"
    request = await again.services.requests.get(second)
    assert request is not None and request.status == "closed"


async def test_without_the_right_to_manage_topics_the_bot_reopens_to_post(
    start_harness: StartHarness,
) -> None:
    harness = await desk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    thread = topic_of(harness, number)
    # Creating the topic needed the right; an admin took it away afterwards.
    harness.fake.set_bot_rights(STAFF, can_manage_topics=False)
    await press_card(harness, number, CardAction.CLOSE)
    await harness.deliver()
    assert harness.fake.topics[(STAFF, thread)]["closed"] is True, "it created the topic"

    await harness.press_data(USER, RequestRate(request_id=number, rating=4).pack())
    await harness.deliver()
    assert ru("staff-rated", rating=4) in topic_texts(harness, thread), "reopened to post it"
    assert harness.fake.topics[(STAFF, thread)]["closed"] is True, "and closed again"
    assert topic_calls(harness) == ["closeForumTopic", "reopenForumTopic", "closeForumTopic"]
