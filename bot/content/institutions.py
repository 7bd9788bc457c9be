"""The institutions a staff chat can belong to (TEAM_NAMES), for a request handed from one to
the other: their names live in the locales as ``institution-<id>``; a staff chat without a
name is "the partner institution" (``institution-partner``)."""

from __future__ import annotations

INSTITUTIONS = ("kg-ombudsman", "ru-commissioner")
PARTNER = "partner"


def institution_text_id(team_names: dict[int, str], chat_id: int) -> str:
    """The Fluent id of the name of the institution whose staff chat ``chat_id`` is."""
    return f"institution-{team_names.get(chat_id, PARTNER)}"
