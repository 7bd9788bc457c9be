from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest

from bot.middlewares.throttling import ThrottlingMiddleware
from fake_telegram import FakeTelegram
from tests.handlers.harness import Harness

StartHarness = Callable[..., Awaitable[Harness]]


@pytest.fixture
async def start_harness(tmp_path: Path) -> AsyncIterator[StartHarness]:
    """Starts harnesses over a database file; stops them all (closing SQLite) at teardown,
    even when the test failed, and checks Telegram would have accepted every request (its
    flood control included: no 429, no call inside a retry_after window, no button press
    answered twice)."""
    started: list[Harness] = []

    async def start(
        name: str = "bot.sqlite3",
        throttling: ThrottlingMiddleware | None = None,
        admin_ids: frozenset[int] = frozenset(),
        env: dict[str, str] | None = None,
        fake: FakeTelegram | None = None,
    ) -> Harness:
        harness = await Harness.start(
            tmp_path / name, throttling=throttling, admin_ids=admin_ids, env=env, fake=fake
        )
        started.append(harness)
        return harness

    yield start
    for harness in started:
        await harness.stop()
    for harness in started:
        assert harness.fake.rejected == [], harness.fake.describe_calls()
        twice = [call.summary() for call in harness.fake.answered_twice]
        assert twice == [], f"a button press answered twice: {twice}"
        flood = harness.fake.flood
        assert flood is not None
        assert flood.refused == [], f"Telegram's flood control refused: {flood.refused}"


@pytest.fixture
async def harness(start_harness: StartHarness) -> Harness:
    return await start_harness()
