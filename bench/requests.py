"""Helpdesk latency on a big database: "My requests", /queue, /stats and the relay round trip.

Fills a SQLite file with two years of a busy helpdesk (200,000 users, 500,000 requests, one
thread message each; stdlib sqlite3, one transaction, in a child process so its memory does
not count as the bot's), then runs the full bot over it the way tests/handlers/harness.py
does: the real Dispatcher with every middleware, the real SQLite file, the outbox sender
unpaced, and the fake Bot API in-process (tests/fake_telegram, every call validated against
the spec). Each figure is one update fed through ``Dispatcher.feed_update``; the relay round
trip also includes the outbox sender copying the message into the request's forum topic.
Warm-up runs are excluded. Prints p50/p99/max against the issue's targets (20 ms p99, /stats
200 ms p99; the /stats chart, drawn after the figures went out, against our own 2 s) with the
part of p50 spent inside the fake API, the fill time and database size, the cost and query
plan of /stats' slowest statements, peak RSS and the run time.

    .venv/bin/python -m bench.requests [--users 200000] [--requests 500000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import math
import multiprocessing
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import accumulate
from pathlib import Path
from typing import Any

from bot.app import open_services
from bot.config import load_settings
from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES, URGENT_CATEGORIES
from bot.keyboards.callbacks import MyRequests, MyRequestsAction
from bot.middlewares.throttling import ThrottlingMiddleware
from bot.services.requests import RequestDraft
from bot.services.staff import Role
from tests.conftest import TEST_TOKEN
from tests.handlers.harness import Harness

STAFF = -1001234567890
ADMIN = 5000
OPERATOR = 5001
OPERATORS = (5001, 5002, 5003, 5004, 5005, 5006)
ENV = {"STAFF_CHAT_ID": str(STAFF), "OFFICE_HOURS": ""}
USER_BASE = 700_000_000  # Telegram ids of the migrants: USER_BASE + 0 .. users - 1
TOPIC_BASE = 10_000_000  # forum topic ids of the filled requests, far above the fake's own
DAY = 86400
SPAN = 730 * DAY  # requests over the last two years
RECENT = 30 * DAY  # half of the requests younger than this are still open
SEED = 20261122

# Updates measured per operation, warm-up updates before them (not counted), p99 targets.
MENU_RUNS, QUEUE_RUNS, STATS_RUNS, RELAY_RUNS = 500, 200, 30, 500
WARM_UP = 20
STATS_WARM_UP = 3
TARGET_MS = 20.0
STATS_TARGET_MS = 200.0
CHART_RUNS = 10
CHART_TARGET_MS = 2000.0  # the chart follows the figures; no target in the issue: ours

# Weighted choices: (value, weight).
LOCALE_MIX = (("ky", 45), ("ru", 35), ("uz", 15), ("en", 5))
CATEGORY_MIX = {
    "wages": 24,
    "documents": 19,
    "contract": 12,
    "police": 10,
    "entry_ban": 8,
    "housing": 7,
    "health": 6,
    "other": 6,
    "expulsion": 5,
    "violence": 3,
}
CITY_MIX = {
    "moscow": 38,
    "spb": 14,
    "yekaterinburg": 7,
    "novosibirsk": 5,
    "kazan": 5,
    "krasnoyarsk": 4,
    "samara": 4,
    "other": 5,
}
TYPED_CITIES = (
    "Подольск",
    "Балашиха",
    "Химки",
    "Люберцы",
    "Тверь",
    "Калуга",
    "Сургут",
    "Тюмень",
    "Иркутск",
    "Владивосток",
    "Мытищи",
    "Красногорск",
)
TYPED_SHARE = 13  # weight of a typed city name next to CITY_MIX
SENTENCES = (
    "Работодатель не платит зарплату уже два месяца.",
    "Иш берүүчү эки айдан бери айлык төлөбөй жатат.",
    "На улице задержала полиция, забрали паспорт и патент.",
    "Каттоодон өтө албай жатам, мөөнөтү бүтүп баратат.",
    "Ish beruvchi shartnoma bermayapti, nima qilishim kerak?",
    "Хозяин квартиры выгоняет нас без предупреждения и не отдаёт залог.",
    "В больнице отказались принять без полиса, ребёнку плохо.",
    "Мне сказали, что у меня запрет на въезд. Как это проверить?",
    "Патент төлөдүм, бирок чек жоголуп кетти.",
    "Бригадир угрожает и отбирает документы у всей бригады.",
    "Hujjatlarimni olib qo'yishdi, qaytarishmayapti.",
    "Договор подписал, но копию мне не дали. Через неделю уволили без расчёта.",
)
RELAY_TEXT = "Саламатсызбы! Жаңылык барбы? Работодатель так и не заплатил."


def weighted(pairs: dict[str, int] | tuple[tuple[str, int], ...]) -> tuple[list[str], list[int]]:
    items = list(pairs.items()) if isinstance(pairs, dict) else list(pairs)
    return [value for value, _ in items], list(accumulate(weight for _, weight in items))


LOCALE_CYCLE = [locale for locale, weight in LOCALE_MIX for _ in range(weight)]


def user_id_of(index: int) -> int:
    return USER_BASE + index


def locale_of(user_id: int) -> str:
    """Every user's language, the same in the filled row and in the updates they send."""
    return LOCALE_CYCLE[(user_id * 7919) % len(LOCALE_CYCLE)]


def iso(timestamp: float) -> str:
    return datetime.fromtimestamp(int(timestamp), UTC).isoformat(timespec="seconds")


# --- 1. the database ----------------------------------------------------------------------


@dataclass
class Population:
    """What the fill made, and who the measurements will use."""

    users: int
    requests: int
    open_requests: int
    seconds: float
    size_bytes: int
    menu_users: list[int]  # about 5 requests each
    relay_users: list[int]  # no open request (one is filed through the bot before measuring)


@dataclass
class RequestRows:
    """The requests as rows, oldest first; counts per user as a side effect of iterating."""

    count: int
    users: int
    now: int
    rng: random.Random
    per_user: bytearray = field(init=False)
    has_open: bytearray = field(init=False)
    open_total: int = 0

    def __post_init__(self) -> None:
        self.per_user = bytearray(self.users)
        self.has_open = bytearray(self.users)
        self.categories = weighted(CATEGORY_MIX)
        cities = {**CITY_MIX, "": TYPED_SHARE}  # "": a typed city name
        self.cities = weighted(cities)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        rng = self.rng
        start = self.now - SPAN
        offsets = sorted(rng.random() * SPAN for _ in range(self.count))
        for number, offset in enumerate(offsets, start=1):
            created = start + offset
            user = rng.randrange(self.users)
            self.per_user[user] = min(self.per_user[user] + 1, 255)
            category = rng.choices(self.categories[0], cum_weights=self.categories[1])[0]
            city = rng.choices(self.cities[0], cum_weights=self.cities[1])[0]
            status = self._status(self.now - created)
            if status != "closed":
                self.has_open[user] = 1
                self.open_total += 1
            topic = TOPIC_BASE + 2 * number
            yield (
                number,
                user_id_of(user),
                category,
                city or rng.choice(TYPED_CITIES),
                " ".join(rng.sample(SENTENCES, rng.randint(1, 3))),
                f"+7900{rng.randrange(10**7):07d}" if rng.random() < 0.3 else None,
                status,
                int(category in URGENT_CATEGORIES),
                topic,
                f"№{number} · {category} · {city}",
                topic + 1,
                *self._timeline(status, created),
            )

    def _status(self, age: float) -> str:
        """About 3% open: half of the last month, and a few forgotten older ones."""
        chance = 0.5 if age < RECENT else 0.01
        if self.rng.random() >= chance:
            return "closed"
        return self.rng.choices(("new", "in_progress", "answered"), cum_weights=(3, 7, 10))[0]

    def _timeline(self, status: str, created: float) -> tuple[Any, ...]:
        """assignee, created/updated/consent, first response, response seconds, closed, rating"""
        rng = self.rng
        answered = status == "answered" or (
            (status == "closed" and rng.random() < 0.95)
            or (status == "in_progress" and rng.random() < 0.4)
        )
        response = None
        if answered:
            drawn = int(rng.lognormvariate(8.8, 1.3))  # median about 2 hours
            response = max(60, min(drawn, int(self.now - created)))
        closed = None
        if status == "closed":
            after = (response or 0) + int(rng.lognormvariate(11.5, 1.0))  # about 1 day
            closed = min(created + after, self.now)
        rating = None
        if closed is not None and response is not None and rng.random() < 0.33:
            rating = rng.choices((1, 2, 3, 4, 5), cum_weights=(5, 10, 20, 50, 100))[0]
        assignee = rng.choice(OPERATORS) if status != "new" else None
        first = iso(created + response) if response is not None else None
        updated = closed or (created + response if response is not None else created)
        return (
            assignee,
            iso(created),
            iso(created),
            iso(updated),
            first,
            response,
            iso(closed) if closed is not None else None,
            rating,
        )


def user_rows(users: int, now: int, rng: random.Random) -> Iterator[tuple[Any, ...]]:
    for index in range(users):
        user_id = user_id_of(index)
        locale = locale_of(user_id)
        joined = iso(now - SPAN - 30 * DAY + rng.random() * (SPAN + 29 * DAY))
        yield user_id, locale, locale, joined, joined


async def create_schema(database: Path) -> None:
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(database)})
    services = await open_services(settings)
    await services.db.close()


def fill(database: Path, users: int, requests: int) -> Population:
    """Migrations through the bot, then the rows through sqlite3 in one transaction."""
    asyncio.run(create_schema(database))
    started = time.perf_counter()
    rng = random.Random(SEED)
    now = int(time.time())
    rows = RequestRows(requests, users, now, rng)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA synchronous=OFF")
    connection.execute("PRAGMA cache_size=-131072")  # 128 MB, this process only
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO users (id, locale, telegram_locale, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        user_rows(users, now, rng),
    )
    connection.executemany(
        "INSERT INTO requests (id, user_id, category, city, text, phone, status, urgent,"
        " topic_id, topic_name, card_message_id, assignee_id, consent_at, created_at,"
        " updated_at, first_response_at, response_seconds, closed_at, rating, staff_chat_id)"
        f" VALUES ({', '.join('?' * 19)}, {STAFF})",
        rows,
    )
    connection.execute(
        "INSERT INTO request_messages (request_id, direction, kind, text, created_at)"
        " SELECT id, 'in', 'text', text, created_at FROM requests ORDER BY id"
    )
    connection.execute("COMMIT")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    seconds = time.perf_counter() - started
    return Population(
        users=users,
        requests=requests,
        open_requests=rows.open_total,
        seconds=seconds,
        size_bytes=sum(f.stat().st_size for f in database.parent.glob(database.name + "*")),
        **pick_users(rows, rng),
    )


def pick_users(rows: RequestRows, rng: random.Random) -> dict[str, list[int]]:
    """Users for "My requests": 5 requests each (else the nearest counts); for the relay:
    closed requests only, so the one filed before measuring is their only open one."""
    indexes = list(range(rows.users))
    rng.shuffle(indexes)
    by_count = sorted(indexes, key=lambda user: abs(rows.per_user[user] - 5))
    menu = by_count[: MENU_RUNS + WARM_UP]
    taken = set(menu)
    closed_only = [
        user
        for user in indexes
        if rows.per_user[user] and not rows.has_open[user] and user not in taken
    ]
    relay = closed_only[: RELAY_RUNS + WARM_UP]
    return {
        "menu_users": [user_id_of(user) for user in menu],
        "relay_users": [user_id_of(user) for user in relay],
    }


def fill_in_child(database: Path, users: int, requests: int) -> tuple[Population, float]:
    """The fill in a forked process: its page cache and row tuples stay out of the bot's RSS.
    Returns the population and the child's peak RSS in MB."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        population = pool.apply(fill, (database, users, requests))
    child_peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return population, child_peak_mb


# --- 2. the bot over it ---------------------------------------------------------------------


class FakeClock:
    """Time spent inside the fake Bot API (spec validation, its store), to tell it apart."""

    def __init__(self, harness: Harness) -> None:
        self.seconds = 0.0
        inner = harness.fake.handle_async

        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return await inner(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        harness.fake.handle_async = timed  # type: ignore[method-assign]


@dataclass
class Timings:
    name: str
    target_ms: float
    total: list[float] = field(default_factory=list)
    fake: list[float] = field(default_factory=list)  # of which inside the fake Bot API

    @property
    def met(self) -> bool:
        return percentile([value * 1000 for value in self.total], 0.99) < self.target_ms


async def open_bot(database: Path) -> tuple[Harness, FakeClock]:
    # The flood limit stays in the chain but never trips: one operator sends 200 /queue.
    no_limit = ThrottlingMiddleware(rate=1e9, burst=1e9)
    harness = await Harness.start(
        database, throttling=no_limit, admin_ids=frozenset({ADMIN}), env=ENV
    )
    harness.fake.make_forum(STAFF)
    await harness.services.staff.add(OPERATOR, Role.OPERATOR, ADMIN)
    gc.collect()  # as bot.app.run does before polling: imports stay out of full collections
    gc.freeze()
    return harness, FakeClock(harness)


async def measure(
    timings: Timings,
    clock: FakeClock,
    warm_up: int,
    steps: list[Callable[[], Awaitable[None]]],
    settle: Callable[[], Awaitable[None]] | None = None,
) -> None:
    """Times each step; ``settle`` (untimed) runs after each, e.g. what follows the answer."""
    for index, step in enumerate(steps):
        fake_before = clock.seconds
        started = time.perf_counter()
        await step()
        elapsed = time.perf_counter() - started
        if index >= warm_up:
            timings.total.append(elapsed)
            timings.fake.append(clock.seconds - fake_before)
        if settle is not None:
            await settle()


def last_call(harness: Harness, method: str, chat_id: int) -> Any:
    for call in reversed(harness.fake.calls):
        if call.method == method and call.chat_id == chat_id:
            return call
    raise AssertionError(f"no {method} to {chat_id}")


def checked(call: Any) -> Any:
    assert call.ok, call.summary()
    return call


async def bench_my_requests(harness: Harness, clock: FakeClock, users: list[int]) -> Timings:
    """The user has the main menu (sent /menu) and presses "My requests": the menu message is
    edited into their list."""
    data = MyRequests(action=MyRequestsAction.LIST).pack()
    steps = []
    for user in users:
        locale = locale_of(user)
        await harness.feed(harness.fake.user_message(user, "/menu", language_code=locale))
        menu = checked(last_call(harness, "sendMessage", user)).response["result"]
        update = harness.fake.user_callback(user, menu["message_id"], data, language_code=locale)
        steps.append(feeder(harness, update, check=("editMessageText", user)))
    timings = Timings('"My requests" button', TARGET_MS)
    await measure(timings, clock, WARM_UP, steps)
    return timings


async def bench_staff_command(
    harness: Harness, clock: FakeClock, command: str, *, runs: int, warm_up: int, target: float
) -> Timings:
    """The operator sends ``command`` in the staff chat; the bot replies there. Timed until
    the handler is done; what follows the answer (the /stats chart) is sent untimed."""
    steps = []
    for _ in range(runs + warm_up):
        update = harness.fake.group_message(STAFF, OPERATOR, command)
        steps.append(feeder(harness, update, check=("sendMessage", STAFF), follow_ups=False))
    timings = Timings(command, target)
    await measure(timings, clock, warm_up, steps, settle=harness.bursts.flush)
    return timings


async def bench_stats_chart(harness: Harness, clock: FakeClock) -> Timings:
    """/stats until its chart is in the staff chat (drawn after the figures went out)."""
    steps = []
    for _ in range(CHART_RUNS + STATS_WARM_UP):
        update = harness.fake.group_message(STAFF, OPERATOR, "/stats")
        steps.append(feeder(harness, update, check=("sendPhoto", STAFF)))
    timings = Timings("/stats chart follows", CHART_TARGET_MS)
    await measure(timings, clock, STATS_WARM_UP, steps)
    return timings


def feeder(
    harness: Harness, update: dict[str, Any], check: tuple[str, int], follow_ups: bool = True
) -> Callable[[], Awaitable[None]]:
    """Feeds ``update`` and checks the bot answered with ``check``; with ``follow_ups``, waits
    for the answers that follow the handler too."""

    async def step() -> None:
        calls = len(harness.fake.calls)
        await harness.feed(update, burst=not follow_ups)
        answered = [c for c in harness.fake.calls[calls:] if c.method == check[0]]
        assert answered, f"no {check[0]}: {harness.fake.calls[calls:]}"
        assert all(c.ok for c in answered), answered
        assert answered[-1].chat_id == check[1], answered[-1].summary()

    return step


async def file_relay_requests(harness: Harness, users: list[int]) -> dict[int, int]:
    """One open request each, filed through the service; the outbox opens its topic and card
    in the fake forum. Returns user -> topic."""
    rng = random.Random(SEED + 1)
    categories = [c for c in CATEGORIES if c not in URGENT_CATEGORIES]
    for user in users:
        draft = RequestDraft(
            category=rng.choice(categories),
            city=rng.choice(CITIES),
            text=" ".join(rng.sample(SENTENCES, 2)),
            phone=None,
        )
        await harness.services.requests.submit(user, draft)
    await harness.deliver()
    topics = {}
    for user in users:
        (request,) = await harness.services.requests.open_for_user(user)
        assert request.topic_id is not None
        assert (STAFF, request.topic_id) in harness.fake.topics
        topics[user] = request.topic_id
    return topics


async def bench_relay(harness: Harness, clock: FakeClock, users: list[int]) -> Timings:
    """The migrant writes; timed until the outbox sender copied it into the topic."""
    topics = await file_relay_requests(harness, users)
    assert harness.sender is not None
    sender = harness.sender
    steps = []

    for user in users:
        update = harness.fake.user_message(user, RELAY_TEXT, language_code=locale_of(user))

        async def step(update: dict[str, Any] = update, topic: int = topics[user]) -> None:
            calls = len(harness.fake.calls)
            await harness.feed(update)
            while not any(c.method == "copyMessage" for c in harness.fake.calls[calls:]):
                assert await sender.deliver_due(), "the relay queued nothing"
            copy = checked(last_call(harness, "copyMessage", STAFF))
            assert copy.decoded.get("message_thread_id") == topic, copy.summary()
            assert copy.decoded["message_id"] == update["message"]["message_id"]

        steps.append(step)
    timings = Timings("relay user → topic", TARGET_MS)
    await measure(timings, clock, WARM_UP, steps)
    assert await harness.deliver() == 0, "rows left in the outbox"
    return timings


# --- 3. the report ----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest rank: the smallest value at least ``share`` of the runs do not exceed (so the
    p99 of 30 runs is their maximum)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def report(timings: Timings) -> None:
    ms = [value * 1000 for value in timings.total]
    p50, p99, top = percentile(ms, 0.50), percentile(ms, 0.99), max(ms)
    fake_p50 = statistics.median(value * 1000 for value in timings.fake)
    verdict = "ok" if timings.met else "MISSED"
    print(
        f"{timings.name:<22} {len(ms):>5}  {p50:8.2f} {p99:8.2f} {top:8.2f}"
        f"  {fake_p50:12.2f}   < {timings.target_ms:>3.0f} ms  {verdict}",
        flush=True,
    )


async def run_bot(database: Path, population: Population) -> tuple[list[Timings], list[str]]:
    harness, clock = await open_bot(database)
    try:
        menu = await bench_my_requests(harness, clock, population.menu_users)
        report(menu)
        queue = await bench_staff_command(
            harness, clock, "/queue", runs=QUEUE_RUNS, warm_up=WARM_UP, target=TARGET_MS
        )
        report(queue)
        stats = await bench_staff_command(
            harness,
            clock,
            "/stats",
            runs=STATS_RUNS,
            warm_up=STATS_WARM_UP,
            target=STATS_TARGET_MS,
        )
        report(stats)
        chart = await bench_stats_chart(harness, clock)
        report(chart)
        relay = await bench_relay(harness, clock, population.relay_users)
        report(relay)
        results = [menu, queue, stats, chart, relay]
        assert harness.fake.rejected == [], harness.fake.rejected[0].summary()
        statements = await stats_statements(harness)
    finally:
        await harness.stop()
    return results, statements


async def stats_statements(harness: Harness) -> list[str]:
    """The SQL one /stats runs, as SQLite saw it (parameters bound), from the bot's own code."""
    statements: list[str] = []
    connection = harness.services.db.connection
    await connection.set_trace_callback(statements.append)
    try:
        await harness.services.request_stats.week_and_all()
    finally:
        await connection.set_trace_callback(None)
    return statements


def print_query_costs(database: Path, statements: list[str], shown: int = 6) -> None:
    """Each /stats statement alone (best of 3) with SQLite's plan, the slowest first."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    costs = []
    for sql in statements:
        plan = "; ".join(row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
        best = math.inf
        for _ in range(3):
            started = time.perf_counter()
            connection.execute(sql).fetchall()
            best = min(best, time.perf_counter() - started)
        costs.append((best, " ".join(sql.split()), plan))
    connection.close()
    costs.sort(reverse=True)
    total = sum(cost for cost, _, _ in costs)
    print(f"/stats: {len(costs)} statements, {total * 1000:.0f} ms alone; the slowest:")
    for cost, sql, plan in costs[:shown]:
        print(f"  {cost * 1000:7.1f} ms  {sql[:110]}")
        print(f"             plan: {plan}")


def print_fill(population: Population, child_peak_mb: float) -> None:
    print(
        f"fill    {population.users} users, {population.requests} requests"
        f" ({population.open_requests} open), {population.requests} thread messages"
        f" in {population.seconds:.1f} s; database {population.size_bytes / 1e6:.0f} MB"
        f" (fill process peak RSS {child_peak_mb:.0f} MB, its inherited imports included)"
    )
    print(
        f'users   {len(population.menu_users)} for "My requests",'
        f" {len(population.relay_users)} for the relay (warm-up {WARM_UP} each, excluded)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--users", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=500_000)
    args = parser.parse_args()
    started = time.perf_counter()
    imports_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "requests.sqlite3"
        population, child_peak_mb = fill_in_child(database, args.users, args.requests)
        print_fill(population, child_peak_mb)
        print(
            f"{'operation':<22} {'runs':>5}  {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"
            f"  {'fake API p50':>12}   target p99"
        )
        results, statements = asyncio.run(run_bot(database, population))
        met = sum(timings.met for timings in results)
        print(f"targets met            {met} of {len(results)}")
        print_query_costs(database, statements)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS               {peak_mb:.0f} MB ({imports_mb:.0f} MB after imports)")
    print(f"run time               {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
