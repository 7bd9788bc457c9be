"""A migrant edits a message they wrote into a request's thread: the copy in the topic
follows (bot/services/relay.py). A line or file of the request form's description, edited
before the request was sent, changes what the form holds (request_form/evidence.py). Edits
of anything else (a command, a button's answer) are not relayed and get no answer; Telegram
tells the bot nothing of deleted messages."""

from __future__ import annotations

from aiogram import Router
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.handlers.request_form.evidence import edit_evidence
from bot.handlers.request_thread import edit_pending
from bot.i18n import Translator
from bot.services.relay import edited_of
from bot.services.requests import RequestError, RequestService


def router() -> Router:
    router = Router(name="edits")
    router.edited_message.register(on_edited)
    return router


async def on_edited(
    message: Message, state: FSMContext, t: Translator, requests: RequestService
) -> None:
    if message.from_user is None or await edit_pending(state, message):
        return
    if await edit_evidence(message, state, t):
        return
    try:
        await requests.edit_from_user(message.from_user.id, edited_of(message))
    except RequestError as error:  # the request was closed since: the change stays here
        await message.reply(t(error.text_id, **error.args_))
