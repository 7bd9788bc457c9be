"""The description step: its own handler, since it takes media and bursts, not one line."""

from __future__ import annotations

from typing import Any

from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.handlers.bursts import BurstReplies
from bot.handlers.request_form.screens import description
from bot.handlers.request_form.states import RequestFormStates
from bot.i18n import Translator
from bot.keyboards.request_menus import evidence_menu
from bot.services.relay import ATTACHMENT_KINDS, MAX_TEXT, content_of
from bot.services.requests import MAX_ATTACHMENTS
from bot.telegram.lengths import CAPTION_LIMIT, clip


async def on_evidence(
    message: Message, state: FSMContext, t: Translator, bursts: BurstReplies
) -> None:
    """Text adds to the description; a photo, voice, document or video is kept as evidence.
    An album or lines sent in a row are all kept, and answered once (``BurstReplies``)."""
    data = await state.get_data()
    if message.message_id <= int(data.get("evidence_upto", 0)):
        # Telegram delivered this message again (the bot was restarted while handling it):
        # it is already in the description; only answer again.
        _acknowledge_later(message, state, t, bursts)
        return
    note = await _add_evidence(message, state, t, data)
    _acknowledge_later(message, state, t, bursts, note)


async def _add_evidence(
    message: Message, state: FSMContext, t: Translator, data: dict[str, Any]
) -> str | None:
    """Store what the message adds; a note for the answer when it could not be added."""
    content = content_of(message)
    text = description(data)
    if content.kind == "text":
        addition = content.text or ""
        if addition.startswith("/"):
            return t("request-evidence-hint")
        combined = f"{text}\n{addition}" if text else addition
        if len(combined) > MAX_TEXT:
            left = max(MAX_TEXT - len(text) - 1, 0) if text else MAX_TEXT
            return t("request-text-too-long", max=MAX_TEXT, left=left)
        # A draft from before lines were kept apart: its text becomes a part of no message.
        earlier = data.get("text_parts") or ([[0, text]] if text else [])
        parts = [*earlier, [message.message_id, addition]]
        await state.update_data(text_parts=parts, text="", evidence_upto=message.message_id)
        return None
    if content.kind not in ATTACHMENT_KINDS or not content.file_id:
        return t("request-evidence-hint")
    attachments: list[dict[str, Any]] = list(data.get("attachments", []))
    if len(attachments) >= MAX_ATTACHMENTS:
        return t("request-too-many-files", max=MAX_ATTACHMENTS)
    attachments.append(_attachment(message))
    await state.update_data(attachments=attachments, evidence_upto=message.message_id)
    return None


def _attachment(message: Message) -> dict[str, Any]:
    content = content_of(message)
    return {
        "kind": content.kind,
        "file_id": content.file_id,
        "message_id": message.message_id,
        "caption": clip(content.text or "", CAPTION_LIMIT) or None,
    }


async def edit_evidence(message: Message, state: FSMContext, t: Translator) -> bool:
    """A line or a file given to the form was edited before the request was sent: the form
    keeps the new version (the description is its lines joined). False if the message is
    not the form's."""
    data = await state.get_data()
    if any(part[0] == message.message_id for part in data.get("text_parts", [])):
        await _edit_line(message, state, t, data)
        return True
    if any(item.get("message_id") == message.message_id for item in data.get("attachments", [])):
        await _edit_file(message, state, data)
        return True
    return False


async def _edit_line(
    message: Message, state: FSMContext, t: Translator, data: dict[str, Any]
) -> None:
    """A line edited past the description's limit keeps its old text, and the migrant is
    told (with the step's buttons while they are on it)."""
    new_line = content_of(message).text or ""
    parts = [
        [part[0], new_line if part[0] == message.message_id else part[1]]
        for part in data.get("text_parts", [])
    ]
    text = description({"text_parts": parts})
    if len(text) <= MAX_TEXT:
        await state.update_data(text_parts=parts)
        return
    left = max(MAX_TEXT - (len(text) - len(new_line)), 0)
    on_this_step = await state.get_state() == RequestFormStates.text.state
    menu = evidence_menu(t, has_content=True) if on_this_step else None
    await message.reply(t("request-text-too-long", max=MAX_TEXT, left=left), reply_markup=menu)


async def _edit_file(message: Message, state: FSMContext, data: dict[str, Any]) -> None:
    """A new caption (or a new file in its place); an edit that leaves no file changes
    nothing."""
    edited = _attachment(message)
    if edited["kind"] not in ATTACHMENT_KINDS or not edited["file_id"]:
        return
    attachments = [
        edited if item.get("message_id") == message.message_id else item
        for item in data.get("attachments", [])
    ]
    await state.update_data(attachments=attachments)


def _acknowledge_later(
    message: Message,
    state: FSMContext,
    t: Translator,
    bursts: BurstReplies,
    note: str | None = None,
) -> None:
    async def answer(notes: list[str]) -> None:
        if await state.get_state() != RequestFormStates.text.state:
            return  # they moved on (Done, Back, a command) before the burst was answered
        data = await state.get_data()
        text, files = description(data), len(data.get("attachments", []))
        has_content = bool(text or files)
        lines = list(notes)
        if has_content:
            lines.append(t("request-evidence-received", chars=len(text), files=files))
        if lines:
            await message.answer("\n\n".join(lines), reply_markup=evidence_menu(t, has_content))

    bursts.answer_later(message.chat.id, answer, note)
