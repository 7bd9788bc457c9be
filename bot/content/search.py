"""Full-text search over the rights pages in every locale (SQLite FTS5, in memory).

Built once at start-up from the Fluent texts; titles and search words weigh more than bodies.
A query in any of the four languages finds pages; the caller shows their titles in the user's
own language. Each word is matched as a prefix, and
long words also by a shorter stem, so "регистр" finds "регистрация" and Kyrgyz "каттоодон"
finds "каттоо".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from bot.content.tree import Tree
from bot.i18n import I18n

WORD = re.compile(r"[\w']+")
TAG = re.compile(r"<[^>]+>")
APOSTROPHES = str.maketrans({"ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'"})
MAX_WORDS = 8
MIN_WORD = 2
TITLE_WEIGHT = 4.0


@dataclass(frozen=True)
class SearchHit:
    page_id: str
    score: float


def normalize(text: str) -> str:
    return TAG.sub(" ", text).translate(APOSTROPHES).lower().replace("ё", "е")


def query_terms(query: str) -> list[str]:
    """FTS5 prefix terms for the words of a query: the word, and for long words a stem."""
    terms: list[str] = []
    for raw_word in WORD.findall(normalize(query))[:MAX_WORDS]:
        word = raw_word.strip("'_")
        if len(word) < MIN_WORD:
            continue
        terms.extend(f'"{prefix}"*' for prefix in dict.fromkeys((word, _stem(word))))
    return terms


def _stem(word: str) -> str:
    """A crude, language-neutral stem: drop the inflection at the end of long words."""
    if len(word) < 6:
        return word
    return word[: max(5, round(len(word) * 0.65))]


class SearchIndex:
    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE pages USING fts5("
            " page_id UNINDEXED, locale UNINDEXED, title, keywords, body,"
            " tokenize = \"unicode61 remove_diacritics 2 tokenchars ''''\")"
        )

    @classmethod
    def build(cls, tree: Tree, i18n: I18n) -> SearchIndex:
        index = cls()
        rows = []
        for locale in i18n.locales:
            t = i18n.get(locale)
            for page in tree.pages():
                texts = (t(page.title_id), t(page.keywords_id), t(page.body_id))
                rows.append((page.id, locale, *(normalize(text) for text in texts)))
        index._db.executemany("INSERT INTO pages VALUES (?, ?, ?, ?, ?)", rows)
        return index

    def search(self, query: str, limit: int = 6) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms:
            return []
        match = " OR ".join(terms)
        rows = self._db.execute(
            "SELECT page_id, bm25(pages, 0, 0, ?, ?, 1.0) AS score FROM pages"
            " WHERE pages MATCH ? ORDER BY score, page_id",
            (TITLE_WEIGHT, TITLE_WEIGHT, match),
        ).fetchall()
        best: dict[str, float] = {}
        for page_id, score in rows:  # best score first; one hit per page over all locales
            best.setdefault(page_id, float(score))
        return [SearchHit(page_id, score) for page_id, score in list(best.items())[:limit]]
