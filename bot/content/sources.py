"""The list of facts the rights guide rests on (``sources.toml``), keyed by the facts-sheet id
that pages cite in ``tree.toml``. Used by the tests and by content editors (docs/content.md)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from bot.content.tree import Page

SOURCES_FILE = Path(__file__).with_name("sources.toml")


class Status(StrEnum):
    PRIMARY = "primary"
    SECONDARY = "secondary"
    NOT_CONFIRMED = "not_confirmed"


@dataclass(frozen=True)
class Source:
    id: str
    status: Status
    fact: str
    sources: tuple[str, ...]


def load_sources(path: Path = SOURCES_FILE) -> dict[str, Source]:
    with path.open("rb") as file:
        raw = tomllib.load(file)
    return {source_id: _source(source_id, entry) for source_id, entry in raw.items()}


def _source(source_id: str, entry: object) -> Source:
    if not isinstance(entry, dict):
        raise ValueError(f"{source_id}: expected a table")
    fact, sources = entry.get("fact"), entry.get("sources")
    if not isinstance(fact, str) or not fact.strip():
        raise ValueError(f"{source_id}: 'fact' must be a non-empty string")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(s, str) for s in sources)
    ):
        raise ValueError(f"{source_id}: 'sources' must be a non-empty list of strings")
    status = entry.get("status")
    if status not in set(Status):
        raise ValueError(f"{source_id}: 'status' must be one of {', '.join(Status)}")
    return Source(source_id, Status(status), fact, tuple(sources))


def citation_problems(pages: Iterable[Page], sources: dict[str, Source]) -> dict[str, list[str]]:
    """Per page id, what is wrong with the ids it cites: none cited, unknown, not confirmed."""
    problems: dict[str, list[str]] = {}
    for page in pages:
        found = [] if page.sources else ["cites no source"]
        for source_id in page.sources:
            if source_id not in sources:
                found.append(f"{source_id}: not in sources.toml")
            elif sources[source_id].status is Status.NOT_CONFIRMED:
                found.append(f"{source_id}: not confirmed")
        if found:
            problems[page.id] = found
    return problems
