"""Sending a file Telegram already holds, by its file id: evidence works even after the
migrant deleted their message, and no bytes pass through the bot."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import Message, ReplyParameters


async def send_by_file_id(
    bot: Bot,
    chat_id: int,
    kind: str,
    file_id: str,
    *,
    caption: str | None = None,
    thread_id: int | None = None,
    reply: ReplyParameters | None = None,
) -> Message:
    """``kind``: photo, voice, video, audio, video_note or (anything else) document;
    ``caption``: Telegram HTML, already escaped (a video note has none)."""
    if kind == "photo":
        return await bot.send_photo(
            chat_id, file_id, caption=caption, message_thread_id=thread_id, reply_parameters=reply
        )
    if kind == "voice":
        return await bot.send_voice(
            chat_id, file_id, caption=caption, message_thread_id=thread_id, reply_parameters=reply
        )
    if kind == "video":
        return await bot.send_video(
            chat_id, file_id, caption=caption, message_thread_id=thread_id, reply_parameters=reply
        )
    if kind == "audio":
        return await bot.send_audio(
            chat_id, file_id, caption=caption, message_thread_id=thread_id, reply_parameters=reply
        )
    if kind == "video_note":
        return await bot.send_video_note(
            chat_id, file_id, message_thread_id=thread_id, reply_parameters=reply
        )
    return await bot.send_document(
        chat_id, file_id, caption=caption, message_thread_id=thread_id, reply_parameters=reply
    )
