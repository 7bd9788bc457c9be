"""Renders a rights page, section or the emergency page as HTML text for one locale.

Content texts are our own (locales/), written as Telegram HTML; they are not escaped.
User text never reaches these functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from bot.content.paging import split_html
from bot.content.tree import Page
from bot.i18n import Translator

# Room left for the title line and the footer within Telegram's 4096-character limit.
BODY_LIMIT = 3500


@dataclass(frozen=True)
class RenderedPage:
    text: str
    part: int  # 0-based
    parts: int


@lru_cache(maxsize=4096)
def render_page(t: Translator, page: Page, part: int) -> RenderedPage:
    chunks = split_html(t(page.body_id), BODY_LIMIT)
    part = min(max(part, 0), len(chunks) - 1)
    title = f"<b>{t(page.title_id)}</b>"
    if len(chunks) > 1:
        title += " " + t("rights-part", part=part + 1, parts=len(chunks))
    lines = [title, "", chunks[part]]
    if part == len(chunks) - 1:
        lines += ["", _footer(t, page)]
    return RenderedPage("\n".join(lines), part, len(chunks))


def _footer(t: Translator, page: Page) -> str:
    basis = t("rights-basis", basis=t(page.basis_id))
    checked = t("rights-checked", date=t.date(page.checked))
    return f"<i>{basis}</i>\n<i>{checked}</i>"
