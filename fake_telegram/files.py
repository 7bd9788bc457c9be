"""Files people sent, and how a bot gets them back: getFile and the download link.

As Telegram: getFile answers a ``File`` with a ``file_path`` for files up to 20 MB ("file is
too big" above), and the file is then fetched with GET ``/file/bot<token>/<file_path>``; a
file id Telegram does not hold is refused, a path it never gave (or another bot's token) is
404 / 401. Only files whose bytes the fake holds (``FakeTelegram.add_file``) can be fetched.
"""

from __future__ import annotations

import itertools
import mimetypes
from dataclasses import dataclass, field
from pathlib import PurePosixPath

__all__ = ["DOWNLOAD_LIMIT", "FileServer", "StoredFile"]

#: "For the moment, bots can download files of up to 20MB in size." (getFile)
DOWNLOAD_LIMIT = 20 * 1024 * 1024
TOO_BIG = "Bad Request: file is too big"
UNAVAILABLE = "Bad Request: wrong file_id or the file is temporarily unavailable"

#: Telegram's folders in file paths, by the Message field the file came in.
_FOLDERS = {
    "photo": "photos",
    "voice": "voice",
    "video": "videos",
    "video_note": "video_notes",
    "audio": "music",
    "document": "documents",
    "animation": "animations",
    "sticker": "stickers",
}
_SUFFIXES = {"photo": ".jpg", "voice": ".oga", "video": ".mp4", "video_note": ".mp4"}


@dataclass(frozen=True)
class StoredFile:
    """A file a person sent (:meth:`FakeTelegram.add_file`): what a download would give."""

    content: bytes
    file_name: str | None
    mime_type: str | None
    kind: str = "document"


@dataclass
class FileServer:
    """getFile's answers and the download link's, over the files the fake holds."""

    #: file_id -> the stored file (several ids may share one file: a photo's sizes).
    stored: dict[str, StoredFile] = field(default_factory=dict)
    #: file_path -> file_id, for every path getFile gave.
    paths: dict[str, str] = field(default_factory=dict)
    #: Every path downloaded successfully, in order.
    downloads: list[str] = field(default_factory=list)
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(0))

    def get_file(self, file_id: str) -> tuple[str | None, dict[str, object]]:
        """(error description or None, the ``File`` object)."""
        stored = self.stored.get(file_id)
        if stored is None:
            return UNAVAILABLE, {}
        size = len(stored.content)
        found: dict[str, object] = {
            "file_id": file_id,
            "file_unique_id": f"FAKE-unique-{file_id}",
            "file_size": size,
        }
        if size > DOWNLOAD_LIMIT:
            return TOO_BIG, found
        found["file_path"] = self._path_of(file_id, stored)
        return None, found

    def _path_of(self, file_id: str, stored: StoredFile) -> str:
        for path, known in self.paths.items():
            if known == file_id:
                return path
        suffix = PurePosixPath(stored.file_name or "").suffix
        if not suffix and stored.mime_type:
            suffix = mimetypes.guess_extension(stored.mime_type) or ""
        suffix = suffix or _SUFFIXES.get(stored.kind, "")
        path = f"{_FOLDERS.get(stored.kind, 'documents')}/file_{next(self._numbers)}{suffix}"
        self.paths[path] = file_id
        return path

    def download(self, path: str) -> tuple[int, bytes]:
        """(HTTP status, body) of GET /file/bot<token>/<path> with the right token."""
        file_id = self.paths.get(path)
        stored = self.stored.get(file_id) if file_id is not None else None
        if stored is None:
            return 404, b'{"ok":false,"error_code":404,"description":"Not Found"}'
        self.downloads.append(path)
        return 200, stored.content
