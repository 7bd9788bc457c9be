"""Shared fixtures: a real SQLite file per test, the real translations and topic tree."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.content.tree import Tree, load_tree
from bot.db.connection import Database
from bot.db.migrate import migrate
from bot.i18n import I18n

TEST_TOKEN = "123456:AAE-test-token-for-the-fake-bot-api-0000"


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "bot.sqlite3")
    await migrate(database)
    yield database
    await database.close()


@pytest.fixture(scope="session")
def i18n() -> I18n:
    return I18n.load(default_locale="ru")


@pytest.fixture(scope="session")
def tree() -> Tree:
    return load_tree()
