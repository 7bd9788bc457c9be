"""Loads the topic tree from ``tree.toml`` and names the Fluent ids of its texts."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TREE_FILE = Path(__file__).with_name("tree.toml")
ID_PATTERN = re.compile(r"^[a-z0-9]{1,16}$")


class TreeError(Exception):
    pass


@dataclass(frozen=True)
class Page:
    id: str
    section_id: str
    checked: date
    sources: tuple[str, ...] = ()  # the facts-sheet ids it rests on (bot/content/sources.toml)

    @property
    def title_id(self) -> str:
        return f"rights-page-{self.id}-title"

    @property
    def body_id(self) -> str:
        return f"rights-page-{self.id}-body"

    @property
    def basis_id(self) -> str:
        return f"rights-page-{self.id}-basis"

    @property
    def keywords_id(self) -> str:
        """Words people search for that the page may not use itself; never shown."""
        return f"rights-page-{self.id}-keywords"


@dataclass(frozen=True)
class Section:
    id: str
    pages: tuple[Page, ...]

    @property
    def title_id(self) -> str:
        return f"rights-section-{self.id}"


@dataclass(frozen=True)
class Tree:
    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages() if p.id == page_id), None)

    def pages(self) -> list[Page]:
        return [page for section in self.sections for page in section.pages]

    def message_ids(self) -> list[str]:
        ids: list[str] = []
        for section in self.sections:
            ids.append(section.title_id)
            for page in section.pages:
                ids += [page.title_id, page.body_id, page.basis_id, page.keywords_id]
        return ids


def load_tree(path: Path = TREE_FILE) -> Tree:
    with path.open("rb") as file:
        raw = tomllib.load(file)
    sections = tuple(_section(item) for item in raw.get("sections", []))
    if not sections:
        raise TreeError(f"{path}: no sections")
    _check_unique([s.id for s in sections] + [p.id for s in sections for p in s.pages])
    return Tree(sections)


def _section(item: dict[str, object]) -> Section:
    section_id = _checked_id(item.get("id"))
    raw_pages = item.get("pages")
    if not isinstance(raw_pages, list) or not raw_pages:
        raise TreeError(f"section {section_id}: no pages")
    pages = tuple(_page(section_id, raw) for raw in raw_pages)
    return Section(section_id, pages)


def _page(section_id: str, raw: object) -> Page:
    if not isinstance(raw, dict):
        raise TreeError(f"section {section_id}: a page must be {{ id = ..., checked = ... }}")
    checked = raw.get("checked")
    if not isinstance(checked, date):
        raise TreeError(f"page {raw.get('id')}: 'checked' must be a date like 2026-11-22")
    sources = raw.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise TreeError(f'page {raw.get("id")}: \'sources\' must be a list like ["A2", "A3"]')
    return Page(_checked_id(raw.get("id")), section_id, checked, tuple(sources))


def _checked_id(value: object) -> str:
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        raise TreeError(f"bad id {value!r}: use 1-16 lowercase letters and digits")
    return value


def _check_unique(ids: list[str]) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise TreeError(f"duplicate id {item!r} in the topic tree")
        seen.add(item)
