"""Search ranking: words in any of the four languages find the right page first."""

import pytest

from bot.content.search import SearchIndex, query_terms
from bot.content.tree import Tree
from bot.i18n import I18n


@pytest.fixture(scope="module")
def index(i18n: I18n, tree: Tree) -> SearchIndex:
    return SearchIndex.build(tree, i18n)


@pytest.mark.parametrize(
    ("query", "expected_in_top3"),
    [
        ("регистр", "reg30"),  # a prefix finds "регистрация"
        ("регистрации", "reg30"),  # an inflected form
        ("registration 30 days", "reg30"),
        ("каттоо", "reg30"),  # Kyrgyz
        ("ro'yxatga olish", "reg30"),  # Uzbek with an apostrophe
        ("roʻyxatga", "reg30"),  # Uzbek with the modifier letter
        ("зарплата", "wages"),
        ("unpaid wages", "wages"),
        ("айлык", "wages"),
        ("ish haqi", "wages"),
        ("патент", "nopatent"),
        ("Амина", "amina"),
        ("amina", "amina"),
        ("задержали полиция", "detained"),
        ("переводчик", "interpreter"),
        ("пенсия", "eaeu"),
        ("запрет на въезд", "ban"),
        ("школа", "school"),
        ("детский сад", "kindergarten"),
        ("бала бакча", "kindergarten"),
        ("bog'cha", "kindergarten"),
        ("kindergarten", "kindergarten"),
        ("продлить пребывание", "stay"),  # the step before day 90
        ("мөөнөттү узартуу", "stay"),
        ("muddatni uzaytirish", "stay"),
        ("extend stay", "stay"),
        ("нет симки", "urgent"),  # only 112 works without a SIM
        ("консульство", "consulate"),
        ("ombudsman", "ombudsman"),
    ],
)
def test_best_pages(index: SearchIndex, query: str, expected_in_top3: str) -> None:
    hits = [hit.page_id for hit in index.search(query, limit=3)]
    assert expected_in_top3 in hits, hits


def test_nothing_for_nonsense(index: SearchIndex) -> None:
    assert index.search("qwxzjv") == []


@pytest.mark.parametrize(
    "query", ["", "   ", "!!!", "a", '"', "*", "OR AND NOT", "NEAR(", "<b>", "😀"]
)
def test_strange_queries_do_not_fail(index: SearchIndex, query: str) -> None:
    index.search(query)


def test_query_terms_are_quoted_prefixes() -> None:
    assert query_terms("регистрации") == ['"регистрации"*', '"регистр"*']
    assert query_terms("Ёлка") == ['"елка"*']
    # One-letter words are dropped; FTS5 operators and quotes cannot break out of the term.
    assert query_terms('a "xy" OR NEAR(') == ['"xy"*', '"or"*', '"near"*']
