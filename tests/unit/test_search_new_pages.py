"""The pages added from the fact sheet's revision 2026-12 (issue 12): in every language, the
words a migrant would type find each of them among the first three results."""

import pytest

from bot.content.search import SearchIndex
from bot.content.tree import Tree
from bot.i18n import LOCALES, I18n

NEW_PAGES = (
    "fakereg",
    "wagehelp",
    "rusexam",
    "raid",
    "expulsion",
    "lostdocs",
    "docstaken",
    "money",
    "sim",
    "injury",
    "military",
)

# locale -> page -> an everyday query in that language (not the page's title).
QUERIES = {
    "ru": {
        "fakereg": "купил регистрацию",
        "wagehelp": "зарплату не платят, куда обратиться в Кыргызстане",
        "rusexam": "нужен экзамен по русскому языку",
        "raid": "облава",
        "expulsion": "депортация",
        "lostdocs": "потерял паспорт",
        "docstaken": "паспорт отобрали",
        "money": "перевод денег",
        "sim": "симка",
        "injury": "погиб на работе",
        "military": "вербовка на войну",
    },
    "ky": {
        "fakereg": "жасалма каттоо",
        "wagehelp": "айлык бербей жатат министрлик",
        "rusexam": "орус тили экзамени",
        "raid": "облава",
        "expulsion": "депортация",
        "lostdocs": "паспортту жоготуп алдым",
        "docstaken": "паспортумду алып алышты",
        "money": "акча которуу",
        "sim": "симка",
        "injury": "жумушта каза болду",
        "military": "согушка тартуу",
    },
    "uz": {
        "fakereg": "soxta propiska",
        "wagehelp": "oylik bermayapti vazirlik",
        "rusexam": "rus tili imtihoni",
        "raid": "reyd",
        "expulsion": "deportatsiya",
        "lostdocs": "pasportni yo'qotdim",
        "docstaken": "pasportni olib qo'yishdi",
        "money": "pul o'tkazish",
        "sim": "simka",
        "injury": "ishda halok bo'ldi",
        "military": "urushga yollash",
    },
    "en": {
        "fakereg": "fake registration",
        "wagehelp": "unpaid wages Kyrgyz ministry",
        "rusexam": "Russian language exam",
        "raid": "police raid",
        "expulsion": "deportation",
        "lostdocs": "lost passport",
        "docstaken": "employer took my passport",
        "money": "send money home",
        "sim": "SIM card",
        "injury": "accident at work",
        "military": "recruited to the army",
    },
}

CASES = [
    (locale, page, query) for locale, pages in QUERIES.items() for page, query in pages.items()
]


@pytest.fixture(scope="module")
def index(i18n: I18n, tree: Tree) -> SearchIndex:
    return SearchIndex.build(tree, i18n)


def test_every_new_page_is_in_the_tree_and_has_a_query_in_every_language(tree: Tree) -> None:
    assert set(QUERIES) == set(LOCALES)
    for locale in LOCALES:
        assert set(QUERIES[locale]) == set(NEW_PAGES), locale
    assert all(tree.page(page_id) is not None for page_id in NEW_PAGES)


@pytest.mark.parametrize(("locale", "page_id", "query"), CASES)
def test_an_everyday_query_finds_the_new_page(
    index: SearchIndex, locale: str, page_id: str, query: str
) -> None:
    hits = [hit.page_id for hit in index.search(query, limit=3)]
    assert page_id in hits, f"{locale}: {query!r} -> {hits}"


@pytest.mark.parametrize("query", ["заблокировали карту", "karta bloklandi", "card blocked"])
def test_a_blocked_card_finds_both_the_register_and_the_money_page(
    index: SearchIndex, query: str
) -> None:
    hits = {hit.page_id for hit in index.search(query, limit=3)}
    assert {"register", "money"} <= hits
