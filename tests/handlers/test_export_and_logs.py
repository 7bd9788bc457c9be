"""Characters a spreadsheet cannot hold, and failures whose message carries a migrant's text."""

from __future__ import annotations

import csv
import io
import logging

import pytest
from openpyxl import load_workbook

from bot.i18n import I18n
from tests.handlers.conftest import StartHarness
from tests.handlers.test_requests import ADMIN, STAFF, file_request, helpdesk

ru = I18n.load("ru").get("ru")
HOSTILE = "Начальник\x1b[31m кричит\x00, \x08 и\ufffe угрожает\uffff, паспорт AN7654321"


async def test_control_characters_do_not_break_the_export(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture
) -> None:
    harness = await helpdesk(start_harness)
    await file_request(harness, text=HOSTILE)
    with caplog.at_level(logging.DEBUG):
        await harness.staff_send(STAFF, ADMIN, "/export")
    assert "AN7654321" not in caplog.text, "the description never goes into the log"
    assert ru("common-error") not in str(harness.fake.store.bot_messages(STAFF)[-1]["text"])
    # With personal data, an admin's export goes to their private chat.
    csv_file, xlsx_file = [r for r in harness.fake.store.bot_messages(ADMIN) if r.get("upload")]
    sheet = load_workbook(io.BytesIO(xlsx_file["upload"])).active
    assert sheet is not None
    cells = [str(cell.value) for cell in sheet[2] if cell.value is not None]
    expected = "Начальник�[31m кричит�, � и� угрожает�, паспорт AN7654321"
    assert expected in cells, "the text stays, with each unholdable character marked"
    rows = list(csv.DictReader(io.StringIO(csv_file["upload"].decode("utf-8-sig"))))
    assert rows[0]["text"] == expected, "the CSV holds the same as the XLSX"


async def test_a_failure_is_logged_by_type_and_place_not_by_its_message(
    start_harness: StartHarness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception whose message quotes what the user typed (as openpyxl's and SQLite's do)."""
    from bot.services.rights import RightsService

    def failing_search(self: RightsService, query: str) -> list[str]:
        raise ValueError(f"cannot search for {query!r}")

    monkeypatch.setattr(RightsService, "search", failing_search)
    harness = await helpdesk(start_harness)
    with caplog.at_level(logging.DEBUG):
        await harness.send(7001, "/search паспорт AN7654321")
    assert ru("common-error") in harness.screen(7001).text
    (line,) = [r.getMessage() for r in caplog.records if r.name == "bot.handlers.errors"]
    assert "ValueError" in line and "bot/handlers/search.py:" in line, line
    assert "AN7654321" not in caplog.text
    assert all(r.exc_info is None for r in caplog.records), "no traceback with the message"
