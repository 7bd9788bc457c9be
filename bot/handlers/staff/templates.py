"""/templates in a request's topic: canned answers, sent in the migrant's language."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from aiogram.utils.callback_answer import CallbackAnswer

from bot.content.templates import TEMPLATES
from bot.db.requests import Request
from bot.handlers.staff.access import is_operator, request_of
from bot.i18n import Translator
from bot.keyboards.callbacks import TemplatePick
from bot.keyboards.request_menus import templates_menu
from bot.services.requests import RequestError, RequestService
from bot.services.staff import StaffService


def router() -> Router:
    router = Router(name="staff_templates")
    router.message.register(on_templates, Command("templates"), is_operator)
    router.callback_query.register(on_pick, TemplatePick.filter())
    return router


async def on_templates(message: Message, staff_t: Translator, requests: RequestService) -> None:
    request = await request_of(message, requests)
    if request is None:
        await message.reply(staff_t("staff-templates-where"))
        return
    await message.reply(
        staff_t("staff-templates-title", number=request.id),
        reply_markup=templates_menu(staff_t, request.id),
    )


async def on_pick(
    callback: CallbackQuery,
    callback_data: TemplatePick,
    *,
    request: Request,
    callback_answer: CallbackAnswer,
    staff_t: Translator,
    requests: RequestService,
    staff: StaffService,
) -> None:
    if callback_data.template not in TEMPLATES:
        callback_answer.text, callback_answer.show_alert = staff_t("staff-request-unknown"), True
        return
    if not request.is_open:
        callback_answer.text, callback_answer.show_alert = staff_t("staff-already-closed"), True
        return
    try:
        await requests.send_template(request, callback_data.template, callback.from_user.id)
    except RequestError as error:
        callback_answer.text, callback_answer.show_alert = staff_t(error.text_id), True
        return
    callback_answer.text = staff_t("staff-template-done")
