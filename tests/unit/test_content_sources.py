"""Every rights page names the facts it rests on, and each is in the repository's own list of
sources (bot/content/sources.toml) and confirmed: a page cannot rest on a fact the review
marked "not confirmed", nor on an id nobody can look up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.content.sources import Status, citation_problems, load_sources
from bot.content.tree import Tree, TreeError, load_tree

SHEET_ID = re.compile(r"^(?:[A-G]\d{0,2})(?:-[a-z0-9]+)?$")


def test_every_page_cites_known_confirmed_sources(tree: Tree) -> None:
    assert citation_problems(tree.pages(), load_sources()) == {}


def test_the_list_of_sources_is_well_formed() -> None:
    sources = load_sources()
    assert len(sources) >= 40
    for source_id, source in sources.items():
        assert SHEET_ID.match(source_id), source_id
        base = source_id.split("-")[0]
        assert base in sources, f"{source_id}: no entry {base} for the fact it qualifies"
        if "-" in source_id:
            assert source.status is Status.NOT_CONFIRMED, f"{source_id} names an unconfirmed claim"
    # The claims the pages must never state as fact are listed, so no page can cite them.
    for claim in ("A4-expiry", "A9-deadline", "A10-law", "A13-nosim", "E4-site", "C4-pre2021"):
        assert sources[claim].status is Status.NOT_CONFIRMED


def test_a_page_citing_an_unconfirmed_or_unknown_id_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "tree.toml"
    path.write_text(
        '[[sections]]\nid = "docs"\npages = [\n'
        '  { id = "a", checked = 2026-12-01, sources = ["A10", "A10-law"] },\n'
        '  { id = "b", checked = 2026-12-01, sources = ["Z9"] },\n'
        '  { id = "c", checked = 2026-12-01 },\n'
        '  { id = "d", checked = 2026-12-01, sources = ["A2"] },\n]\n'
    )
    assert citation_problems(load_tree(path).pages(), load_sources()) == {
        "a": ["A10-law: not confirmed"],
        "b": ["Z9: not in sources.toml"],
        "c": ["cites no source"],
    }


def test_sources_must_be_a_list_of_ids(tmp_path: Path) -> None:
    path = tmp_path / "tree.toml"
    path.write_text(
        '[[sections]]\nid = "a"\npages = [{ id = "b", checked = 2026-12-01, sources = "A2" }]\n'
    )
    with pytest.raises(TreeError, match="sources"):
        load_tree(path)
