"""Case files: an admin's /casefile brings a ZIP of the thread and its evidence to their private
chat (opened here with zipfile), each one is recorded and /audit lists them; operators,
strangers, erased requests and admins who never started the bot are answered and get nothing."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from bot.db.case_files import CaseFileDownload
from bot.db.clock import to_db, utc_now
from bot.local_time import MOSCOW
from bot.services.outbox import MAX_ATTEMPTS
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness
from tests.handlers.test_requests import (
    ADMIN,
    OPERATOR,
    STAFF,
    USER,
    file_request,
    helpdesk,
    ru,
    topic_of,
)

JPEG = b"\xff\xd8\xff\xe0 payslip photo " * 300
PDF = b"%PDF-1.7 labour contract " * 2000
ADMIN_NAME = "Aida Admin"
STRANGER = 9999
MSK_TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} МСК")


async def file_with_evidence(harness: Harness, *, voice_without_bytes: bool = True) -> int:
    """A request with a description, a photo and a document the fake holds the bytes of, and a
    voice message it does not (Telegram will not give it); returns its number."""
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/request")
    await harness.press(USER, ru("request-category-wages"))
    await harness.press(USER, ru("city-moscow"))
    await harness.send(USER, "Хозяин не платит три месяца")
    photo = {"photo": harness.fake.add_file("photo", JPEG, None, "image/jpeg"), "caption": "лист"}
    await harness.feed(harness.fake.message_from(USER, USER, photo))
    document = {"document": harness.fake.add_file("document", PDF, "contract.pdf")}
    await harness.feed(harness.fake.message_from(USER, USER, document))
    if voice_without_bytes:
        await harness.feed(harness.fake.user_media(USER, "voice"))
    await harness.press(USER, ru("request-button-done"))
    await harness.press(USER, ru("request-button-chat-only"))
    await harness.press(USER, ru("request-button-consent"))
    await harness.press(USER, ru("request-button-submit"))
    (request,) = await harness.services.requests.for_user(USER)
    await harness.deliver()
    return request.id


async def talk(harness: Harness, number: int) -> None:
    """An operator's answer, an internal note and the migrant's reply."""
    thread = topic_of(harness, number)
    await harness.staff_send(STAFF, OPERATOR, "Пришлите расчётный лист", thread_id=thread,
                             first_name="Bakyt")  # fmt: skip
    await harness.staff_send(STAFF, OPERATOR, "!позвонить работодателю", thread_id=thread,
                             first_name="Bakyt")  # fmt: skip
    await harness.deliver()
    await harness.send(USER, "Отправил всё, что есть")
    await harness.deliver()


def uploads(harness: Harness, chat_id: int) -> list[dict[str, Any]]:
    return [r for r in harness.fake.store.bot_messages(chat_id) if r.get("upload")]


def last_text(harness: Harness, chat_id: int) -> str:
    return str(harness.fake.store.bot_messages(chat_id)[-1]["text"])


def opened(record: dict[str, Any]) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(record["upload"]))


async def downloads(harness: Harness) -> list[dict[str, Any]]:
    rows = await harness.services.db.fetch_all("SELECT * FROM case_file_downloads ORDER BY id")
    return [dict(row) for row in rows]


async def retry_now(harness: Harness) -> None:
    """What the outbox postponed is due now, and the outbox runs."""
    async with harness.services.db.transaction() as conn:
        await conn.execute("UPDATE outbox SET next_attempt_at = ?", (to_db(utc_now()),))
    await harness.deliver()


async def ask(harness: Harness, who: int, text: str, **kwargs: Any) -> None:
    await harness.staff_send(STAFF, who, text, first_name=ADMIN_NAME, **kwargs)


async def test_an_admin_gets_the_thread_and_the_evidence_in_private(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    await talk(harness, number)

    await ask(harness, ADMIN, f"/casefile {number}")
    assert last_text(harness, STAFF) == ru("casefile-sent-private", number=str(number))
    assert uploads(harness, STAFF) == [], "no case file in the group"
    assert last_text(harness, ADMIN) == ru("casefile-preparing", number=str(number))
    await harness.deliver()

    (sent,) = uploads(harness, ADMIN)
    assert sent["file_name"] == f"case_{number}.zip"
    archive = opened(sent)
    assert sorted(archive.namelist()) == [
        "files/01-photo.jpg",
        "files/02-document.pdf",
        "transcript.txt",
    ]
    assert archive.read("files/01-photo.jpg") == JPEG
    assert archive.read("files/02-document.pdf") == PDF
    transcript = archive.read("transcript.txt").decode("utf-8")
    request = await harness.services.requests.get(number)
    assert request is not None
    filed = f"{request.created_at.astimezone(MOSCOW):%Y-%m-%d %H:%M} МСК"
    assert ru("casefile-filed", time=filed) in transcript, "Moscow time"
    assert ru("casefile-title", number=str(number)) in transcript
    assert ru("casefile-city", city=ru("city-moscow")) in transcript
    blocks = transcript.split("\n\n")
    migrant = [b for b in blocks if re.match(f"{MSK_TIME.pattern} — Заявитель:", b)]
    assert migrant[0].splitlines()[1] == "Хозяин не платит три месяца", "the description"
    assert any("Отправил всё, что есть" in b for b in migrant), "the migrant's reply"
    assert any(b.endswith("\nлист\n[фото: files/01-photo.jpg]") for b in migrant), "caption, file"
    answer = next(b for b in blocks if "— Оператор Bakyt:" in b)
    assert "Пришлите расчётный лист" in answer and MSK_TIME.match(answer)
    note = next(b for b in blocks if "— [внутренняя заметка] Bakyt:" in b)
    assert "!позвонить работодателю" in note, "the note is in, marked as a note"
    missing = ru("casefile-reason-unavailable")
    assert f"[голосовое сообщение: не скачано: {missing}]" in transcript
    assert ru("casefile-left-out", count=1) in transcript
    caption = str(sent["text"])
    assert f"№{number}" in caption and "2 файла" in caption and "Не скачано файлов: 1" in caption

    (recorded,) = await downloads(harness)
    assert recorded["request_id"] == number and recorded["admin_id"] == ADMIN
    assert (recorded["files"], recorded["left_out"]) == (2, 1)
    assert recorded["bytes"] == len(sent["upload"])
    assert recorded["staff_chat_id"] == STAFF

    await ask(harness, ADMIN, "/audit")
    listed = last_text(harness, STAFF)
    assert ru("casefile-audit-title").replace("<b>", "").replace("</b>", "") in listed
    assert f"№{number} · {ADMIN_NAME} · 2 файла" in listed
    assert re.search(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2} · №", listed), "when, in Moscow time"


async def test_in_the_topic_without_a_number_and_files_telegram_will_not_give(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    await harness.services.users.set_locale(USER, "ru")
    big = {"video": harness.fake.add_file("video", b"\0" * (20 * 1024 * 1024 + 1), "big.mp4")}
    number = await file_with_evidence(harness, voice_without_bytes=False)
    await harness.feed(harness.fake.message_from(USER, USER, big))  # into the open request
    await harness.deliver()
    harness.services.case_files.max_bytes = len(JPEG) + 100  # the PDF would pass the cap

    await ask(harness, ADMIN, "/casefile", thread_id=topic_of(harness, number))
    await harness.deliver()
    (sent,) = uploads(harness, ADMIN)
    archive = opened(sent)
    assert sorted(archive.namelist()) == ["files/01-photo.jpg", "transcript.txt"]
    transcript = archive.read("transcript.txt").decode("utf-8")
    assert f"[документ: не скачано: {ru('casefile-reason-cap')}]" in transcript
    assert f"[видео: не скачано: {ru('casefile-reason-too-big')}]" in transcript
    assert ru("casefile-left-out", count=2) in transcript
    assert [(d["files"], d["left_out"]) for d in await downloads(harness)] == [(1, 2)]


async def test_operators_and_strangers_are_refused(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    for who in (OPERATOR, STRANGER):
        await ask(harness, who, f"/casefile {number}")
        assert last_text(harness, STAFF) == ru("staff-admins-only")
        await ask(harness, who, "/audit")
        assert last_text(harness, STAFF) == ru("staff-admins-only")
    await ask(harness, ADMIN, "/casefile 98765")
    assert last_text(harness, STAFF).startswith(ru("casefile-unknown"))
    await ask(harness, ADMIN, "/casefile ²")
    assert ru("casefile-usage") in last_text(harness, STAFF)
    await harness.deliver()
    assert [uploads(harness, who) for who in (OPERATOR, STRANGER, ADMIN)] == [[], [], []]
    assert await downloads(harness) == []


async def test_an_erased_request_has_no_case_file(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness, RETENTION_DAYS="30")
    number = await file_with_evidence(harness)
    async with harness.services.db.transaction() as conn:
        await conn.execute(
            "UPDATE requests SET status = 'closed', closed_at = '2026-01-01T00:00:00+00:00'"
            " WHERE id = ?",
            (number,),
        )
    assert await harness.services.requests.anonymise_expired(30) == 1
    await ask(harness, ADMIN, f"/casefile {number}")
    today = utc_now().astimezone(MOSCOW).strftime("%d.%m.%Y")
    assert last_text(harness, STAFF) == ru("casefile-erased", number=str(number), date=today)
    await harness.deliver()
    assert uploads(harness, ADMIN) == [] and await downloads(harness) == []


async def test_erased_after_asking_the_admin_is_told_in_private(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    await ask(harness, ADMIN, f"/casefile {number}")
    await harness.services.requests.erase_user(USER)  # before the outbox sent it
    await harness.deliver()
    assert uploads(harness, ADMIN) == []
    today = utc_now().astimezone(MOSCOW).strftime("%d.%m.%Y")
    assert last_text(harness, ADMIN) == ru("casefile-erased", number=str(number), date=today)
    assert await downloads(harness) == []


async def test_an_admin_who_never_started_the_bot_is_told_to(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    number = await file_request(harness)
    await harness.deliver()
    harness.fake.fail_next(
        "sendMessage", 403, description="Forbidden: bot can't initiate conversation with a user"
    )
    await ask(harness, ADMIN, f"/casefile {number}")
    assert last_text(harness, STAFF) == ru("casefile-start-private")
    await harness.deliver()
    assert uploads(harness, ADMIN) == [] and await downloads(harness) == []


async def test_a_5xx_delays_the_case_file_but_it_arrives_once(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    harness.fake.fail_next("sendDocument", 502)
    await ask(harness, ADMIN, f"/casefile {number}")
    await harness.deliver()
    assert uploads(harness, ADMIN) == [] and await downloads(harness) == []
    await retry_now(harness)
    assert len(uploads(harness, ADMIN)) == 1
    assert len(await downloads(harness)) == 1


async def test_a_file_telegram_could_not_give_just_now_is_in_the_next_try(
    start_harness: StartHarness,
) -> None:
    """A 502 on fetching the photo does not leave it out: the case file is made again later,
    with both files, and sent once."""
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    harness.fake.fail_next("getFile", 502)
    await ask(harness, ADMIN, f"/casefile {number}")
    await harness.deliver()
    assert uploads(harness, ADMIN) == [] and await downloads(harness) == []
    await retry_now(harness)
    (sent,) = uploads(harness, ADMIN)
    assert "files/01-photo.jpg" in opened(sent).namelist()
    assert "files/02-document.pdf" in opened(sent).namelist()
    assert [d["files"] for d in await downloads(harness)] == [2]


async def test_on_the_last_try_a_file_telegram_keeps_failing_is_named_not_waited_for(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    harness.fake.fail_next("getFile", 500, count=1000)
    await ask(harness, ADMIN, f"/casefile {number}")
    for _ in range(MAX_ATTEMPTS):
        await retry_now(harness)
    (sent,) = uploads(harness, ADMIN)
    archive = opened(sent)
    assert archive.namelist() == ["transcript.txt"]
    transcript = archive.read("transcript.txt").decode("utf-8")
    assert transcript.count(ru("casefile-reason-failed")) == 3, "photo, document, voice"
    assert [(d["files"], d["left_out"]) for d in await downloads(harness)] == [(0, 3)]


async def test_asked_twice_before_it_arrives_the_admin_gets_one_case_file(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    number = await file_with_evidence(harness)
    await ask(harness, ADMIN, f"/casefile {number}")
    await ask(harness, ADMIN, f"/casefile {number}")
    assert last_text(harness, STAFF) == ru("casefile-already-queued", number=str(number))
    await harness.deliver()
    assert len(uploads(harness, ADMIN)) == 1 and len(await downloads(harness)) == 1
    await ask(harness, ADMIN, f"/casefile {number}")  # once it arrived, a new one may be had
    await harness.deliver()
    assert len(uploads(harness, ADMIN)) == 2 and len(await downloads(harness)) == 2


async def test_audit_is_limited_and_filtered_by_request(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    first, second = await file_request(harness), await file_request(harness)
    await ask(harness, ADMIN, "/audit")
    assert last_text(harness, STAFF) == ru("casefile-audit-empty")
    repository = harness.services.case_files.downloads
    async with harness.services.db.transaction() as conn:
        for i in range(25):
            number = first if i < 3 else second
            download = CaseFileDownload(number, STAFF, ADMIN, utc_now(), 2, 0, 4096)
            await repository.record(conn, download)
    await ask(harness, ADMIN, "/audit")
    listed = last_text(harness, STAFF).splitlines()
    assert len(listed) == 1 + 20 + 1
    assert listed[-1] == ru("casefile-audit-more", count=5)
    await ask(harness, ADMIN, f"/audit {first}")
    listed = last_text(harness, STAFF).splitlines()
    assert len(listed) == 4 and all(f"№{first} ·" in line for line in listed[1:])
    await ask(harness, ADMIN, "/audit all")  # ADMIN_IDS: every staff chat
    assert len(last_text(harness, STAFF).splitlines()) == 22
    await ask(harness, ADMIN, "/audit whatever")
    assert last_text(harness, STAFF) == ru("casefile-audit-usage")
