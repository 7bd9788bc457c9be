"""The rights guide's data: the tree, page rendering within Telegram's limits, paging."""

import re
from datetime import date

import pytest

from bot.content.pages import render_page
from bot.content.paging import split_html, telegram_length
from bot.content.request_categories import CATEGORIES
from bot.content.templates import TEMPLATES
from bot.content.tree import Page, Tree, TreeError, load_tree
from bot.i18n import LOCALES, I18n, Translator
from bot.keyboards.callbacks import (
    AppointmentAction,
    AppointmentDesk,
    Appointments,
    CardAction,
    DeskAction,
    LanguageChoice,
    MyRequests,
    MyRequestsAction,
    MyRequestsPage,
    Nav,
    PageOpen,
    RequestCard,
    RequestForm,
    RequestFormStep,
    RequestRate,
    RequestStart,
    Screen,
    SectionOpen,
    TemplatePick,
    ThreadChoice,
)
from fake_telegram.html_check import check_telegram_html, visible_text

REQUIRED_SECTIONS = {
    "docs",
    "work",
    "police",
    "problems",
    "health",
    "family",
    "pension",
    "bans",
    "contacts",
}
# A section's menu is one button per page: more than this no longer fits a phone screen to scan.
MAX_PAGES_PER_SECTION = 8


def test_tree_has_the_sections_the_guide_promises(tree: Tree) -> None:
    assert {section.id for section in tree.sections} == REQUIRED_SECTIONS
    assert all(len(section.pages) >= 2 for section in tree.sections)
    assert all(len(section.pages) <= MAX_PAGES_PER_SECTION for section in tree.sections)
    assert len(tree.pages()) >= 25


@pytest.mark.parametrize("locale", LOCALES)
def test_every_page_fits_telegram_and_shows_basis_and_date(
    locale: str, i18n: I18n, tree: Tree
) -> None:
    t = i18n.get(locale)
    for page in tree.pages():
        rendered = render_page(t, page, 0)
        assert rendered.parts == 1, f"{locale}/{page.id} should fit one message"
        assert check_telegram_html(rendered.text) == [], f"{locale}/{page.id}"
        assert 1 <= telegram_length(visible_text(rendered.text)) <= 4096
        assert t(page.basis_id) in rendered.text
        assert t.date(page.checked) in rendered.text
        assert len(t(page.title_id)) <= 64, "titles are buttons"


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_page_has_the_numbers(locale: str, i18n: I18n) -> None:
    body = i18n.get(locale)("emergency-body")
    for number in ("112", "102", "103"):
        assert number in body
    assert check_telegram_html(body) == []


def test_no_phone_numbers_but_emergency_ones(i18n: I18n, tree: Tree) -> None:
    """The facts sheet forbids inventing contacts: only the single emergency numbers appear."""
    phone = re.compile(r"\+?\d[\d\s()-]{6,}\d")
    for locale in LOCALES:
        t = i18n.get(locale)
        for text in [t(p.body_id) for p in tree.pages()] + [t("emergency-body")]:
            assert phone.findall(text) == []


class _LongBodyTranslator(Translator):
    def __init__(self, body: str) -> None:
        super().__init__("en", [])
        self.body = body

    def __call__(self, message_id: str, **args: object) -> str:
        if message_id.endswith("-body"):
            return self.body
        return f"{message_id} {args}"


def test_a_long_page_is_split_into_parts_that_each_fit() -> None:
    paragraph = "<b>Важно:</b> регистрация & учёт " * 40  # ~1300 characters
    body = "\n\n".join([paragraph] * 12)  # ~15,000 characters
    t = _LongBodyTranslator(body.replace("&", "&amp;"))
    page = Page("long", "docs", date(2026, 11, 22))
    first = render_page(t, page, 0)
    assert first.parts >= 4
    seen = ""
    for part in range(first.parts):
        rendered = render_page(t, page, part)
        assert check_telegram_html(rendered.text) == []
        assert telegram_length(visible_text(rendered.text)) <= 4096
        seen += rendered.text
    assert seen.count("Важно:") == 12 * 40, "no text lost between parts"
    assert "rights-basis" in render_page(t, page, first.parts - 1).text
    assert "rights-basis" not in first.text
    assert render_page(t, page, 99).part == first.parts - 1, "out-of-range part is clamped"


def test_split_html_closes_and_reopens_tags_across_a_cut() -> None:
    text = "<b>" + "слово " * 1000 + "</b>"
    parts = split_html(text, 1000)
    assert len(parts) > 1
    for part in parts:
        assert check_telegram_html(part) == []
        assert telegram_length(part) <= 1000 + len("<b></b>")
    assert " ".join(visible_text(p) for p in parts).split() == ["слово"] * 1000


def test_split_html_cuts_an_endless_word() -> None:
    parts = split_html("x" * 2500, 1000)
    assert [len(p) for p in parts] == [1000, 1000, 500]


def test_callback_data_fits_64_bytes(tree: Tree) -> None:
    longest_page = max((p.id for p in tree.pages()), key=len)
    packed = [
        PageOpen(page_id="x" * 16, part=999).pack(),
        PageOpen(page_id=longest_page, part=99).pack(),
        SectionOpen(section_id="x" * 16).pack(),
        LanguageChoice(locale="uz").pack(),
        *(Nav(screen=screen).pack() for screen in Screen),
    ]
    big = 2**53  # ids far beyond any real request or Telegram message id
    packed += [
        *(RequestForm(step=step, value="x" * 12).pack() for step in RequestFormStep),
        *(RequestStart(category=category).pack() for category in CATEGORIES),
        *(RequestCard(request_id=big, action=action).pack() for action in CardAction),
        *(TemplatePick(request_id=big, template=name).pack() for name in TEMPLATES),
        ThreadChoice(request_id=big, message_id=big).pack(),
        MyRequests(action=MyRequestsAction.WRITE, request_id=big).pack(),
        RequestRate(request_id=big, rating=5).pack(),
        MyRequestsPage(older_than=2**63 - 1, newer_than=2**63 - 1).pack(),
        *(
            Appointments(action=action, event_id=big, at=big, page=99).pack()
            for action in AppointmentAction
        ),
        *(
            AppointmentDesk(
                action=action, event_id=big, appointment_id=big, page=99, category=category
            ).pack()
            for action in DeskAction
            for category in CATEGORIES
        ),
    ]
    assert all(len(data.encode()) <= 64 for data in packed), max(packed, key=len)


def test_bad_tree_is_refused(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "tree.toml"
    path.write_text('[[sections]]\nid = "Docs!"\npages = [{ id = "a", checked = 2026-01-01 }]\n')
    with pytest.raises(TreeError, match="bad id"):
        load_tree(path)
    path.write_text('[[sections]]\nid = "a"\npages = [{ id = "a", checked = 2026-01-01 }]\n')
    with pytest.raises(TreeError, match="duplicate"):
        load_tree(path)
