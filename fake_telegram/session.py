"""An aiogram session that talks to a :class:`FakeTelegram` in-process (no HTTP).

It serializes every method exactly like aiogram's ``AiohttpSession.build_form_data``
(``method.model_dump`` -> ``prepare_value`` -> skip falsy values), so the fake
validates the very strings Telegram would receive, and it turns answers into
aiogram's real exceptions through ``BaseSession.check_response``.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncGenerator
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit

from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InputFile
from aiohttp import ClientResponseError, RequestInfo
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from .faults import ERROR_PAGE

if TYPE_CHECKING:
    from aiogram import Bot

    from .server import FakeTelegram

__all__ = ["RecordingSession"]

_FILE_PATH = re.compile(r"^/file/bot([^/]+)/(.+)$")


class RecordingSession(BaseSession):
    """``Bot(fake.token, session=RecordingSession(fake))`` for ``Dispatcher.feed_update`` tests."""

    def __init__(self, fake: FakeTelegram, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fake = fake

    async def build_params(
        self, bot: Bot, method: TelegramMethod[Any]
    ) -> tuple[dict[str, str], dict[str, bytes], dict[str, str]]:
        """The form fields, file parts and their file names AiohttpSession would post."""
        files: dict[str, InputFile] = {}
        params: dict[str, str] = {}
        for key, value in method.model_dump(warnings=False).items():
            prepared = self.prepare_value(value, bot=bot, files=files)
            if not prepared:
                continue
            params[key] = prepared if isinstance(prepared, str) else str(prepared)
        contents = {key: await _read_file(file, bot) for key, file in files.items()}
        names = {key: file.filename or key for key, file in files.items()}
        return params, contents, names

    async def make_request(
        self,
        bot: Bot,
        method: TelegramMethod[TelegramType],
        timeout: int | None = None,  # noqa: ASYNC109 - BaseSession's signature
    ) -> TelegramType:
        params, files, names = await self.build_params(bot, method)
        call = await self.fake.handle_async_call(
            method.__api_method__, params, files=files, file_names=names, token=bot.token
        )
        if call.transport == "drop":  # what AiohttpSession raises when the server hangs up
            raise TelegramNetworkError(
                method=method, message="ServerDisconnectedError: Server disconnected"
            )
        content = ERROR_PAGE if call.transport == "page" else json.dumps(call.response)
        response = self.check_response(
            bot=bot, method=method, status_code=call.status, content=content
        )
        return cast(TelegramType, response.result)

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,  # noqa: ASYNC109 - BaseSession's signature
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        """A file download (``bot.download``) from the fake's file server, in chunks; an
        error status raises what aiohttp raises for it (``raise_for_status``)."""
        match = _FILE_PATH.match(urlsplit(url).path)
        status, body = (
            self.fake.download(match.group(1), unquote(match.group(2))) if match else (404, b"")
        )
        if status != 200 and raise_for_status:
            raise ClientResponseError(
                _request_info(url), (), status=status, message=HTTPStatus(status).phrase
            )
        for start in range(0, len(body), chunk_size):
            yield body[start : start + chunk_size]

    async def close(self) -> None:
        """Nothing to close: no connections are opened."""


def _request_info(url: str) -> RequestInfo:
    return RequestInfo(URL(url), "GET", CIMultiDictProxy(CIMultiDict()), URL(url))


async def _read_file(file: InputFile, bot: Bot) -> bytes:
    return b"".join([chunk async for chunk in file.read(bot)])
