"""A user in the middle of a flow continues where they were after a restart."""

from bot.i18n import I18n
from tests.handlers.conftest import StartHarness

USER = 5005


async def test_search_state_survives_restart(start_harness: StartHarness, i18n: I18n) -> None:
    first = await start_harness("restart.sqlite3")
    await first.send(USER, "/menu", language_code="ky")
    await first.press(USER, i18n.get("ky")("menu-search"), language_code="ky")
    await first.stop()

    second = await start_harness("restart.sqlite3")  # a new process: same database file
    await second.send(USER, "айлык", language_code="ky")
    labels = [label for label, _ in second.screen(USER).buttons]
    assert i18n.get("ky")("rights-page-wages-title") in labels
