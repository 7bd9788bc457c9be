"""Know your rights: sections → pages → a page (possibly in parts). Edits the menu in place."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery

from bot.content.pages import render_page
from bot.content.tree import Tree
from bot.handlers.screens import show_on_callback
from bot.i18n import Translator
from bot.keyboards.callbacks import Nav, PageOpen, Screen, SectionOpen
from bot.keyboards.menus import page_menu, section_menu, sections_menu
from bot.services.rights import RightsService


def router() -> Router:
    router = Router(name="rights")
    router.callback_query.register(on_rights_menu, Nav.filter(F.screen == Screen.RIGHTS))
    router.callback_query.register(on_section, SectionOpen.filter())
    router.callback_query.register(on_page, PageOpen.filter())
    return router


async def on_rights_menu(callback: CallbackQuery, t: Translator, tree: Tree) -> None:
    await show_on_callback(callback, t("rights-title"), sections_menu(t, tree))


async def on_section(
    callback: CallbackQuery, callback_data: SectionOpen, t: Translator, tree: Tree
) -> None:
    section = tree.section(callback_data.section_id)
    if section is None:  # a button from an older version of the guide
        await show_on_callback(callback, t("rights-not-found"), sections_menu(t, tree))
        return
    await show_on_callback(callback, f"<b>{t(section.title_id)}</b>", section_menu(t, section))


async def on_page(
    callback: CallbackQuery,
    callback_data: PageOpen,
    t: Translator,
    tree: Tree,
    rights: RightsService,
) -> None:
    page = tree.page(callback_data.page_id)
    if page is None:
        await show_on_callback(callback, t("rights-not-found"), sections_menu(t, tree))
        return
    rendered = render_page(t, page, callback_data.part)
    markup = page_menu(t, page, rendered.part, rendered.parts)
    await show_on_callback(callback, rendered.text, markup)
    if rendered.part == 0:
        rights.record_view(page, t.locale)
