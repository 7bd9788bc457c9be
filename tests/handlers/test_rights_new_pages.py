"""The pages added from the fact sheet's revision 2026-12 (issue 12), through the real
Dispatcher: in each language every new page is reachable from the menu and by search, shows its
legal basis and date, and offers the request form with the category it is about."""

import pytest

from bot.content.tree import Tree
from bot.i18n import LOCALES, I18n
from bot.keyboards.callbacks import RequestStart
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.unit.test_search_new_pages import NEW_PAGES, QUERIES

USER = 4004


async def _harness(start_harness: StartHarness) -> Harness:
    return await start_harness(throttling=ThrottlingMiddleware(burst=200))


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_new_page_is_reachable_from_the_menu(
    start_harness: StartHarness, i18n: I18n, tree: Tree, locale: str
) -> None:
    harness = await _harness(start_harness)
    t = i18n.get(locale)
    await harness.send(USER, "/menu", language_code=locale)
    for page_id in NEW_PAGES:
        page = tree.page(page_id)
        assert page is not None
        section = tree.section(page.section_id)
        assert section is not None
        await harness.press(USER, t("menu-rights"), language_code=locale)
        await harness.press(USER, t(section.title_id), language_code=locale)
        await harness.press(USER, t(page.title_id), language_code=locale)
        screen = harness.screen(USER)
        assert t(page.title_id) in screen.text
        assert t(page.basis_id) in screen.text
        assert t.date(page.checked) in screen.text
        await harness.press(USER, t("common-button-home"), language_code=locale)


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_query_in_the_users_language_finds_each_new_page(
    start_harness: StartHarness, i18n: I18n, tree: Tree, locale: str
) -> None:
    harness = await _harness(start_harness)
    t = i18n.get(locale)
    for page_id, query in QUERIES[locale].items():
        page = tree.page(page_id)
        assert page is not None
        await harness.send(USER, f"/search {query}", language_code=locale)
        labels = [label for label, _ in harness.screen(USER).buttons]
        assert t(page.title_id) in labels, f"{locale}: {query!r} -> {labels}"
    await harness.press(USER, t(page.title_id), language_code=locale)
    assert t(page.basis_id) in harness.screen(USER).text


@pytest.mark.parametrize(
    ("page_id", "category"),
    [("expulsion", "expulsion"), ("raid", "police"), ("lostdocs", "documents"), ("sim", "other")],
)
async def test_a_request_from_a_new_page_starts_with_its_category(
    harness: Harness, i18n: I18n, page_id: str, category: str
) -> None:
    ru = i18n.get("ru")
    await harness.send(USER, "/menu", language_code="ru")
    await harness.press_data(USER, f"pg:{page_id}:0")
    data = harness.screen(USER).data_of(ru("request-button-about-page"))
    assert RequestStart.unpack(data).category == category
