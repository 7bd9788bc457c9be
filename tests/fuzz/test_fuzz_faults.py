"""The fuzz run again, with Telegram failing a fifth of all calls: 5xx answers in JSON and as an
nginx page, 429 with retry_after, connections dropped without an answer, and calls that took
effect but were answered 502 — on every method the bot calls.

While Telegram fails, nothing may escape the dispatcher and Telegram must never be sent a
request it would refuse (nor one inside a retry_after window: the harness checks that). Once
Telegram recovers, the senders deliver everything still queued: every request's card is in its
topic, every message a migrant or an operator sent reached the other side, and a message shows
up twice only where a call took effect and was answered with an error (nothing tells the bot it
was done; duplicates are bounded by those calls).

Seeded: FUZZ_SEED=<n> reproduces a run; FUZZ_FAULT_UPDATES changes the count.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from typing import Any

from bot.db.clock import to_db, utc_now
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.fuzz.run import FuzzRun
from tests.fuzz.test_fuzz_updates import ADMIN, GROUPS, OPERATORS, STAFF, STRANGERS, USERS
from tests.fuzz.updates import UpdateFuzzer
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

UPDATES = int(os.environ.get("FUZZ_FAULT_UPDATES", "3000"))
FAULT_RATE = 0.2
WRITES = ("send", "copy", "forward")


async def drain(harness: Harness) -> None:
    """Deliver until nothing is pending, as the sender would over the next hours (the rows'
    backoff is skipped: the clock of a retry is not what is tested here)."""
    for _ in range(60):
        async with harness.services.db.transaction() as conn:
            await conn.execute(
                "UPDATE outbox SET next_attempt_at = ? WHERE status = 'pending'",
                (to_db(utc_now()),),
            )
        await harness.deliver()
        row = await harness.services.db.fetch_one(
            "SELECT COUNT(*) FROM outbox WHERE status = 'pending'"
        )
        if row is not None and row[0] == 0:
            return
    raise AssertionError("the outbox still holds pending rows after the faults stopped")


def content_key(record: dict[str, Any]) -> tuple[str, str]:
    """What a relayed message shows: its text, or its file."""
    kind, message = record["kind"], record["message"]
    if kind == "text":
        return kind, str(message.get("text", ""))
    media = message.get(kind)
    sizes = media if isinstance(media, list) else [media]
    last = sizes[-1] if sizes and isinstance(sizes[-1], dict) else {}
    return kind, str(last.get("file_id", ""))  # a contact or a location has none


async def relayed(harness: Harness, direction: str) -> dict[int, Counter[tuple[str, str]]]:
    """Per request, what the migrant ('in') or the operators ('out') sent and had delivered."""
    rows = await harness.services.db.fetch_all(
        "SELECT m.request_id, m.kind, m.text, m.file_id, m.delivered_at"
        " FROM request_messages m JOIN requests r ON r.id = m.request_id"
        " WHERE m.direction = ? AND r.user_id IS NOT NULL"  # an erased thread is not sent
        # the description as typed in the form is the card's, not a message of its own
        " AND NOT (m.kind = 'text' AND m.id ="
        "          (SELECT MIN(id) FROM request_messages WHERE request_id = m.request_id))",
        (direction,),
    )
    sent: dict[int, Counter[tuple[str, str]]] = {}
    for request_id, kind, text, file_id, delivered_at in rows:
        assert delivered_at is not None, f"request {request_id}: a message never arrived"
        key = ("text", text or "") if kind == "text" else (kind, file_id or "")
        sent.setdefault(request_id, Counter())[key] += 1
    return sent


def duplicates(shown: Counter[tuple[str, str]], sent: Counter[tuple[str, str]]) -> int:
    return sum(max(0, shown[key] - count) for key, count in sent.items())


async def test_random_updates_while_telegram_fails_lose_nothing(
    start_harness: StartHarness,
) -> None:
    seed = int(os.environ.get("FUZZ_SEED") or random.SystemRandom().randrange(2**32))
    again = f"FUZZ_SEED={seed} reproduces this run"
    harness = await start_harness(
        "fuzz-faults.sqlite3",
        admin_ids=frozenset({ADMIN}),
        env={"STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": "", "REQUEST_ROUTING": ""},
        throttling=ThrottlingMiddleware(burst=10**9),
    )
    fake = harness.fake
    fake.make_forum(STAFF)
    fake.make_group(GROUPS[0])
    fake.make_forum(GROUPS[1])
    for operator in OPERATORS:
        await harness.services.staff.add(operator, "operator", ADMIN)  # type: ignore[arg-type]
    rng = random.Random(seed)
    fuzzer = UpdateFuzzer(
        fake,
        rng,
        users=USERS,
        staff_chat=STAFF,
        operators=[*OPERATORS, ADMIN, *STRANGERS],
        strangers_groups=GROUPS,
    )
    run = FuzzRun(harness, fuzzer)
    fake.faults.inject_randomly(random.Random(seed + 1), FAULT_RATE)
    await run.feed(UPDATES)
    fake.faults.stop_random()
    await drain(harness)

    injected = fake.faults.random_injected
    assert len(injected) > UPDATES * FAULT_RATE * 0.5, f"{again}: too few faults to mean much"
    assert run.raised == [], f"{again}: {run.raised[:5]}"
    rejected = [call.summary() for call in fake.rejected]
    assert rejected == [], f"{again}: {rejected[:5]}"
    assert run.raw_ids_sent() == [], f"{again}: {run.raw_ids_sent()[:5]}"
    given_up = await harness.services.db.fetch_all(
        "SELECT id, kind, status, chat_id, last_error FROM outbox WHERE status != 'sent'"
        " AND last_error IS NOT 'erased'"  # a migrant's "Delete my data" made it a tombstone
    )
    assert given_up == [], f"{again}: rows given up: {[tuple(row) for row in given_up[:5]]}"

    requests = await harness.services.db.fetch_all(
        "SELECT id, topic_id, card_message_id, user_id FROM requests"
    )
    assert requests, f"{again}: the fuzzer never got through the request form"
    staff_messages = {record["message"]["message_id"] for record in fake.store.bot_messages(STAFF)}
    for request_id, topic_id, card_id, user_id in requests:
        if user_id is not None:
            assert topic_id is not None, f"{again}: request {request_id} has no topic"
            assert card_id in staff_messages, f"{again}: request {request_id}: no card"

    took_effect = sum(
        1 for m, _, mode in injected if mode == "after_effect" and m.startswith(WRITES)
    )
    doubled = 0
    incoming, outgoing = await relayed(harness, "in"), await relayed(harness, "out")
    for request_id, topic_id, _, user_id in requests:
        if topic_id is not None and request_id in incoming:
            shown = Counter(map(content_key, fake.topic_messages(STAFF, topic_id)))
            doubled += duplicates(shown, incoming[request_id])
        if user_id is not None and request_id in outgoing:
            shown = Counter(map(content_key, fake.store.bot_messages(user_id)))
            doubled += duplicates(shown, outgoing[request_id])
    assert doubled <= took_effect, f"{again}: {doubled} duplicates, {took_effect} such calls"
    print(
        f"fuzz with faults, seed {seed}: {run.fed} updates, {len(injected)} faults,"
        f" {len(requests)} requests, {doubled} duplicates ({took_effect} calls took effect)"
    )
