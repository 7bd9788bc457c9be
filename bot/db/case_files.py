"""Repository of ``case_file_downloads``: which admin got which request's case file, when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.db.clock import to_db
from bot.db.connection import Database


@dataclass(frozen=True)
class CaseFileDownload:
    request_id: int
    staff_chat_id: int
    admin_id: int
    sent_at: datetime
    files: int
    left_out: int
    bytes: int


@dataclass(frozen=True)
class AuditScope:
    """Which downloads /audit lists: one staff chat's (None: every chat's), one request's."""

    chat_id: int | None
    request_id: int | None = None

    def where(self) -> tuple[str, tuple[int, ...]]:
        clauses, params = [], []
        if self.chat_id is not None:
            clauses.append("staff_chat_id = ?")
            params.append(self.chat_id)
        if self.request_id is not None:
            clauses.append("request_id = ?")
            params.append(self.request_id)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _download(row: aiosqlite.Row) -> CaseFileDownload:
    return CaseFileDownload(
        request_id=row["request_id"],
        staff_chat_id=row["staff_chat_id"],
        admin_id=row["admin_id"],
        sent_at=datetime.fromisoformat(row["sent_at"]),
        files=row["files"],
        left_out=row["left_out"],
        bytes=row["bytes"],
    )


class CaseFilesRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(self, conn: aiosqlite.Connection, download: CaseFileDownload) -> None:
        await conn.execute(
            "INSERT INTO case_file_downloads (request_id, staff_chat_id, admin_id, sent_at,"
            " files, left_out, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                download.request_id,
                download.staff_chat_id,
                download.admin_id,
                to_db(download.sent_at),
                download.files,
                download.left_out,
                download.bytes,
            ),
        )

    async def latest(self, scope: AuditScope, limit: int) -> tuple[list[CaseFileDownload], int]:
        """The newest ``limit`` downloads in the scope, and how many there are in all."""
        where, params = scope.where()
        rows = await self.db.fetch_all(
            f"SELECT * FROM case_file_downloads{where} ORDER BY id DESC LIMIT ?",
            (*params, limit),
        )
        total = await self.db.fetch_one(f"SELECT COUNT(*) FROM case_file_downloads{where}", params)
        return [_download(row) for row in rows], int(total[0]) if total else 0
