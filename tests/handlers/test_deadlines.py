"""My deadlines through the real Dispatcher: enter dates, bad input, restart mid-form, delete;
the contract's kind asked first, the rule and the reminders still ahead on the screen, a button
to each deadline's page, and Amina's duties for Moscow."""

from datetime import timedelta

from bot.db.clock import utc_now
from bot.handlers.deadlines import parse_date
from bot.i18n import I18n
from bot.services.deadlines import today_in_russia
from fake_telegram.html_check import visible_text
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
    assert uz("deadlines-ask-contract-kind") in first.screen(USER).text
    await first.press(USER, uz("deadlines-button-contract-term"), language_code="uz")
    await first.stop()

    second = await start_harness("deadlines.sqlite3")
    end = today_in_russia(utc_now()) + timedelta(days=40)
    await second.send(USER, end.strftime("%d.%m.%Y"), language_code="uz")
    text = second.screen(USER).text
    assert uz("deadlines-saved") in text
    # Runs to its end date: the next contract and the extension before it, no 15 extra days.
    assert uz("deadline-contract-ends", date=uz.date(end - timedelta(days=1))) in text
    assert uz("deadline-contract", date=uz.date(end + timedelta(days=15))) not in text


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


async def test_an_early_end_gets_15_days_only_after_90_days(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    today = today_in_russia(utc_now())
    await _open(harness, "ru", i18n)
    await harness.press(USER, ru("deadlines-button-contract"))
    await harness.press(USER, ru("deadlines-button-contract-early"))
    assert (
        ru("deadlines-ask-contract-early", example="X").split("X")[0] in harness.screen(USER).text
    )
    ended = today - timedelta(days=3)
    await harness.send(USER, ended.strftime("%d.%m.%Y"))
    assert ru("deadlines-note-early-needs-entry") in harness.screen(USER).text

    await harness.press(USER, ru("deadlines-button-entry"))
    await harness.send(USER, (ended - timedelta(days=30)).strftime("%d.%m.%Y"))
    text = harness.screen(USER).text
    assert ru("deadlines-note-early-within-90") in text
    assert ru("deadline-contract", date=ru.date(ended + timedelta(days=15))) not in text

    await harness.press(USER, ru("deadlines-button-entry"))
    await harness.send(USER, (ended - timedelta(days=120)).strftime("%d.%m.%Y"))
    text = harness.screen(USER).text
    assert ru("deadline-contract", date=ru.date(ended + timedelta(days=15))) in text
    assert ru("deadline-rule-contract") in text
    row = await harness.services.db.fetch_one(
        "SELECT contract_end, contract_early FROM personal_dates WHERE user_id = ?", (USER,)
    )
    assert row is not None
    assert (row["contract_end"], row["contract_early"]) == (ended.isoformat(), 1)


async def test_screen_says_the_rule_the_reminders_ahead_and_links_the_pages(
    harness: Harness, i18n: I18n
) -> None:
    """Issue 11: with 2 days left the screen promised reminders 7, 3 and 1 days before."""
    en = i18n.get("en")
    today = today_in_russia(utc_now())
    entry = today - timedelta(days=27)  # registration and medical exam: 2 days left
    await _open(harness, "en", i18n)
    await harness.press(USER, en("deadlines-button-entry"), language_code="en")
    await harness.send(USER, entry.strftime("%d.%m.%Y"), language_code="en")
    screen = harness.screen(USER)
    lines = screen.text.split("\n")
    due = en.date(today + timedelta(days=2))
    line = lines.index("• " + en("deadline-registration", date=due))
    ahead = ", ".join([en("deadlines-remind-before", days=1), en("deadlines-remind-last-day")])
    assert lines[line + 1] == en("deadline-rule-registration") + " " + en(
        "deadlines-reminders-ahead", when=ahead
    )
    assert en("deadlines-remind-before", days=3) not in lines[line + 1]
    assert en("deadlines-city-hint") in screen.text  # no city chosen: how to get Amina's rules

    labels = [label for label, _ in screen.buttons]
    for page_id in ("reg30", "medical", "stay"):
        assert en("deadlines-button-page-of", title=en(f"rights-page-{page_id}-title")) in labels
    await harness.press(USER, en("rights-page-stay-title"), language_code="en")
    assert en("rights-page-stay-title") in harness.screen(USER).text


async def test_moscow_users_see_amina(harness: Harness, i18n: I18n) -> None:
    ky = i18n.get("ky")
    await _open(harness, "ky", i18n)
    await harness.services.users.set_city(USER, "moscow")
    await harness.press(USER, ky("deadlines-button-entry"), language_code="ky")
    entry = today_in_russia(utc_now()) - timedelta(days=5)
    await harness.send(USER, entry.strftime("%d.%m.%Y"), language_code="ky")
    screen = harness.screen(USER)
    assert ky("deadline-amina", date=ky.date(entry + timedelta(days=29))) in screen.text
    assert visible_text(ky("deadlines-amina-title")) in screen.text
    assert ky("deadline-registration", date=ky.date(entry + timedelta(days=29))) not in screen.text
    labels = [label for label, _ in screen.buttons]
    assert ky("deadlines-button-page-of", title=ky("rights-page-amina-title")) in labels
