"""/start, language choice and the main menu, through the real Dispatcher."""

from bot.i18n import I18n
from tests.handlers.harness import Harness

USER = 1001


async def test_new_user_gets_greeting_and_language_choice_preselected(
    harness: Harness, i18n: I18n
) -> None:
    await harness.send(USER, "/start", language_code="ky")
    screen = harness.screen(USER)
    assert i18n.get("ky")("start-greeting") in screen.text
    for locale in ("ky", "ru", "uz", "en"):  # the prompt in every language
        assert i18n.get(locale)("start-choose-language") in screen.text
    labels = [label for label, _ in screen.buttons]
    assert labels == ["✅ Кыргызча", "Русский", "O'zbekcha", "English"]


async def test_unsupported_telegram_language_falls_back_to_default(
    harness: Harness, i18n: I18n
) -> None:
    await harness.send(USER, "/start", language_code="de")
    screen = harness.screen(USER)
    assert i18n.get("ru")("start-greeting") in screen.text
    assert "✅ Русский" in [label for label, _ in screen.buttons]


async def test_choice_is_stored_and_menu_shown_in_that_language(
    harness: Harness, i18n: I18n
) -> None:
    await harness.send(USER, "/start", language_code="ru")
    start_message = harness.screen(USER).message_id
    await harness.press(USER, "O'zbekcha")
    uz = i18n.get("uz")
    screen = harness.screen(USER)
    assert screen.message_id == start_message, "the menu is edited in place"
    assert uz("menu-rights") in [label for label, _ in screen.buttons]
    row = await harness.services.db.fetch_one("SELECT locale FROM users WHERE id = ?", (USER,))
    assert row is not None and row["locale"] == "uz"

    # Telegram still says "ru", but the stored choice wins from now on.
    await harness.send(USER, "/menu", language_code="ru")
    assert uz("menu-title").split("\n")[0].replace("<b>", "").replace("</b>", "") in (
        harness.screen(USER).text
    )


async def test_returning_user_start_goes_to_menu(harness: Harness, i18n: I18n) -> None:
    await harness.send(USER, "/start", language_code="en")
    await harness.press(USER, "English")
    await harness.send(USER, "/start", language_code="en")
    screen = harness.screen(USER)
    assert i18n.get("en")("start-welcome-back") in screen.text
    assert i18n.get("en")("menu-rights") in [label for label, _ in screen.buttons]


async def test_language_command_changes_language(harness: Harness, i18n: I18n) -> None:
    await harness.send(USER, "/start", language_code="ru")
    await harness.press(USER, "Русский")
    await harness.send(USER, "/language")
    await harness.press(USER, "Кыргызча")
    ky = i18n.get("ky")
    assert ky("menu-search") in [label for label, _ in harness.screen(USER).buttons]
    row = await harness.services.db.fetch_one("SELECT locale FROM users WHERE id = ?", (USER,))
    assert row is not None and row["locale"] == "ky"


async def test_crafted_language_is_refused(harness: Harness) -> None:
    await harness.send(USER, "/start", language_code="ru")
    await harness.press_data(USER, "lang:de")
    row = await harness.services.db.fetch_one("SELECT locale FROM users WHERE id = ?", (USER,))
    assert row is not None and row["locale"] is None
    assert "Русский" in " ".join(label for label, _ in harness.screen(USER).buttons)


async def test_help_lists_commands(harness: Harness) -> None:
    await harness.send(USER, "/help", language_code="en")
    text = harness.screen(USER).text
    for command in ("/menu", "/search", "/emergency", "/language"):
        assert command in text
