"""Know your rights: three levels, edited in place, back and home from every screen."""

from bot.content.tree import Tree
from bot.i18n import I18n
from tests.handlers.harness import Harness

USER = 2002


async def _open_menu(harness: Harness, locale: str) -> None:
    await harness.send(USER, "/menu", language_code=locale)


async def test_three_levels_and_back(harness: Harness, i18n: I18n, tree: Tree) -> None:
    ky = i18n.get("ky")
    await _open_menu(harness, "ky")
    menu_id = harness.screen(USER).message_id

    await harness.press(USER, ky("menu-rights"), language_code="ky")
    screen = harness.screen(USER)
    sections = [ky(s.title_id) for s in tree.sections]
    assert [label for label, _ in screen.buttons][: len(sections)] == sections

    work = tree.section("work")
    assert work is not None
    await harness.press(USER, ky(work.title_id), language_code="ky")
    assert ky(work.pages[2].title_id) in [label for label, _ in harness.screen(USER).buttons]

    page = work.pages[2]  # unpaid wages
    await harness.press(USER, ky(page.title_id), language_code="ky")
    screen = harness.screen(USER)
    assert screen.message_id == menu_id, "navigation edits the same message"
    assert ky(page.title_id) in screen.text
    assert ky(page.basis_id) in screen.text
    assert ky.date(page.checked) in screen.text
    labels = [label for label, _ in screen.buttons]
    assert labels[:2] == [ky("common-button-back"), ky("menu-emergency")]
    assert ky("common-button-home") in labels

    await harness.press(USER, ky("common-button-back"), language_code="ky")
    assert ky(work.title_id) in harness.screen(USER).text
    await harness.press(USER, ky("common-button-back"), language_code="ky")
    assert ky("rights-title").split("\n")[1] in harness.screen(USER).text
    await harness.press(USER, ky("common-button-home"), language_code="ky")
    assert ky("menu-rights") in [label for label, _ in harness.screen(USER).buttons]


async def test_page_views_are_counted_without_user_ids(harness: Harness, i18n: I18n) -> None:
    await _open_menu(harness, "ru")
    await harness.press_data(USER, "pg:wages:0")
    await harness.press_data(USER, "pg:wages:0")
    assert await harness.services.rights.flush_views() == 2
    await harness.press_data(USER, "pg:wages:0")
    assert await harness.services.rights.flush_views() == 1
    assert await harness.services.rights.flush_views() == 0
    rows = await harness.services.db.fetch_all("SELECT * FROM page_views")
    assert [(r["page_id"], r["locale"], r["views"]) for r in rows] == [("wages", "ru", 3)]
    assert "user_id" not in rows[0].keys()  # noqa: SIM118 - a Row iterates over values


async def test_emergency_from_a_page_footer(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await _open_menu(harness, "ru")
    await harness.press_data(USER, "pg:detained:0")
    await harness.press(USER, ru("menu-emergency"))
    screen = harness.screen(USER)
    assert "112" in screen.text
    assert ru("common-button-home") in [label for label, _ in screen.buttons]


async def test_unknown_page_or_section_id_shows_the_guide(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await _open_menu(harness, "ru")
    await harness.press_data(USER, "pg:nosuchpage:0")
    assert ru("rights-not-found") in harness.screen(USER).text
    await harness.press_data(USER, "sec:nosuch")
    assert ru("rights-not-found") in harness.screen(USER).text


async def test_same_button_twice_is_not_an_error(harness: Harness) -> None:
    await _open_menu(harness, "en")
    await harness.press_data(USER, "n:e")
    await harness.press_data(USER, "n:e")  # Telegram answers "message is not modified"
    assert "112" in harness.screen(USER).text
