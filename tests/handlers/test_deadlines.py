"""My deadlines through the real Dispatcher: enter dates, bad input, restart mid-form, delete."""

from datetime import timedelta

from bot.db.clock import utc_now
from bot.handlers.deadlines import parse_date
from bot.i18n import I18n
from bot.services.deadlines import today_in_russia
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

USER = 6006


async def _open(harness: Harness, locale: str, i18n: I18n) -> None:
    await harness.send(USER, "/menu", language_code=locale)
    await harness.press(USER, i18n.get(locale)("menu-deadlines"), language_code=locale)


async def test_enter_entry_date_and_see_deadlines(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await _open(harness, "ru", i18n)
    assert ru("deadlines-none") in harness.screen(USER).text
    await harness.press(USER, ru("deadlines-button-entry"))
    entry = today_in_russia(utc_now()) - timedelta(days=10)
    await harness.send(USER, entry.strftime("%d.%m.%Y"))
    text = harness.screen(USER).text
    assert ru("deadlines-saved") in text
    last_day = ru.date(entry + timedelta(days=29))
    assert ru("deadline-registration", date=last_day) in text
    row = await harness.services.db.fetch_one(
        "SELECT entry_date, contract_end FROM personal_dates WHERE user_id = ?", (USER,)
    )
    assert row is not None
    assert (row["entry_date"], row["contract_end"]) == (entry.isoformat(), None)


async def test_bad_dates_get_a_hint_and_change_nothing(harness: Harness, i18n: I18n) -> None:
    ky = i18n.get("ky")
    await _open(harness, "ky", i18n)
    await harness.press(USER, ky("deadlines-button-entry"), language_code="ky")
    future = today_in_russia(utc_now()) + timedelta(days=30)
    for text, problem in (
        ("вчера", "deadlines-bad-date"),
        ("31.02.2026", "deadlines-bad-date"),
        ("01.01.1990", "deadlines-out-of-range"),
        (future.strftime("%d.%m.%Y"), "deadlines-entry-in-future"),
    ):
        await harness.send(USER, text, language_code="ky")
        hint = ky(problem, example="X").split("X")[0]
        assert hint in harness.screen(USER).text, text
    await harness.feed(harness.fake.user_media(USER, kind="photo", language_code="ky"))
    assert ky("deadlines-bad-date", example="X").split("X")[0] in harness.screen(USER).text
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM personal_dates")
    assert row is not None and row[0] == 0


async def test_form_survives_a_restart(start_harness: StartHarness, i18n: I18n) -> None:
    uz = i18n.get("uz")
    first = await start_harness("deadlines.sqlite3")
    await first.send(USER, "/menu", language_code="uz")
    await first.press(USER, uz("menu-deadlines"), language_code="uz")
    await first.press(USER, uz("deadlines-button-contract"), language_code="uz")
    await first.stop()

    second = await start_harness("deadlines.sqlite3")
    end = today_in_russia(utc_now()) + timedelta(days=40)
    await second.send(USER, end.strftime("%d.%m.%Y"), language_code="uz")
    assert uz("deadlines-saved") in second.screen(USER).text
    assert (
        uz("deadline-contract", date=uz.date(end + timedelta(days=15))) in second.screen(USER).text
    )


async def test_delete_my_dates(harness: Harness, i18n: I18n) -> None:
    en = i18n.get("en")
    await _open(harness, "en", i18n)
    await harness.press(USER, en("deadlines-button-medical"), language_code="en")
    await harness.send(USER, "1.3.2027", language_code="en")
    await harness.press(USER, en("deadlines-button-delete"), language_code="en")
    assert en("deadlines-deleted") in harness.screen(USER).text
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM personal_dates")
    assert row is not None and row[0] == 0
    labels = [label for label, _ in harness.screen(USER).buttons]
    assert en("deadlines-button-delete") not in labels


def test_parse_date_accepts_common_separators() -> None:
    assert parse_date("05.03.2027") == parse_date("5/3/2027") == parse_date(" 5-3-2027 ")
    assert parse_date("2027-03-05") is None
    assert parse_date("29.02.2027") is None
    assert parse_date("29.02.2028") is not None
