"""The fake serves files as Telegram does: getFile up to 20 MB, then the download link."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramBadRequest

from fake_telegram import DEFAULT_TOKEN, FakeTelegram, RecordingSession
from fake_telegram.files import DOWNLOAD_LIMIT

PDF = b"%PDF-1.4 contract " * 1000


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


def _file_id(media: object) -> str:
    item = media[-1] if isinstance(media, list) else media
    assert isinstance(item, dict)
    return str(item["file_id"])


@pytest.mark.parametrize("over_http", [True, False])
async def test_get_file_then_download_gives_the_bytes(fake: FakeTelegram, over_http: bool) -> None:
    api = TelegramAPIServer.from_base(fake.base_url)
    session = AiohttpSession(api=api) if over_http else RecordingSession(fake)
    bot = Bot(DEFAULT_TOKEN, session=session)
    document = _file_id(fake.add_file("document", PDF, "contract.pdf", "application/pdf"))
    photo = _file_id(fake.add_file("photo", b"\xff\xd8 jpeg", None, "image/jpeg"))
    try:
        found = await bot.get_file(document)
        assert found.file_size == len(PDF)
        assert found.file_path is not None and found.file_path.startswith("documents/")
        assert found.file_path.endswith(".pdf")
        assert (await bot.get_file(document)).file_path == found.file_path, "a stable path"
        got = await bot.download(document)
        assert isinstance(got, io.BytesIO) and got.getvalue() == PDF
        shot = await bot.get_file(photo)
        assert shot.file_path is not None and shot.file_path.startswith("photos/")
        assert fake.api.files.downloads == [found.file_path]
    finally:
        await bot.session.close()
    assert fake.rejected == []


@pytest.mark.parametrize("over_http", [True, False])
async def test_what_telegram_will_not_give(fake: FakeTelegram, over_http: bool) -> None:
    api = TelegramAPIServer.from_base(fake.base_url)
    session = AiohttpSession(api=api) if over_http else RecordingSession(fake)
    bot = Bot(DEFAULT_TOKEN, session=session)
    big = _file_id(fake.add_file("video", b"\0" * (DOWNLOAD_LIMIT + 1), "big.mp4"))
    exact = _file_id(fake.add_file("video", b"\0" * DOWNLOAD_LIMIT, "limit.mp4"))
    placeholder = _file_id(fake.user_media(1, "voice")["message"]["voice"])
    try:
        with pytest.raises(TelegramBadRequest, match="file is too big"):
            await bot.get_file(big)
        assert (await bot.get_file(exact)).file_path is not None, "20 MB exactly is allowed"
        with pytest.raises(TelegramBadRequest, match="wrong file_id"):
            await bot.get_file(placeholder)  # the fake holds no bytes for it
        with pytest.raises(aiohttp.ClientResponseError) as missing:
            await bot.download_file("documents/file_99.pdf")
        assert missing.value.status == 404
    finally:
        await bot.session.close()


async def test_the_download_link_needs_the_bots_token(fake: FakeTelegram) -> None:
    document = _file_id(fake.add_file("document", PDF, "a.pdf"))
    status, answer = fake.handle("getFile", {"file_id": document})
    assert status == 200
    path = answer["result"]["file_path"]
    async with aiohttp.ClientSession() as client:
        async with client.get(f"{fake.base_url}/file/bot{DEFAULT_TOKEN}/{path}") as good:
            assert good.status == 200 and await good.read() == PDF
        async with client.get(f"{fake.base_url}/file/bot1:other/{path}") as wrong:
            assert wrong.status == 401
    status, answer = fake.handle("getFile", {})
    assert status == 400 and "file_id" in answer["description"], "file_id is required"
