"""The .ics a migrant adds to their phone: RFC 5545 lines of at most 75 octets (a Kyrgyz
description is two octets a letter), values escaped, the time in UTC."""

from __future__ import annotations

from datetime import UTC, datetime

from icalendar import Calendar

from bot.db.events import Event, EventText
from bot.services.calendar import event_ics

DESCRIPTION = (
    "Мигранттардын укуктары боюнча вебинар; суроолоруңузду алдын ала жазыңыз, "
    "биз баарына жооп беребиз. Катышуу акысыз, жазылуу милдеттүү.\nЭкинчи сап."
)


def event() -> Event:
    return Event(
        id=7,
        kind="reception",
        starts_at=datetime(2027, 3, 1, 7, 0, tzinfo=UTC),
        tz="Europe/Moscow",
        city="Москва",
        place="ул. Бахрушина, 8; 2-й этаж",
        url=None,
        capacity=None,
        cancelled=False,
        texts={"ky": EventText("Кабыл алуу, 1-март", DESCRIPTION)},
    )


def test_lines_are_folded_at_75_octets_and_read_back_whole() -> None:
    ics = event_ics(event(), "ky")
    lines = ics.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines), "long values are folded"
    (entry,) = Calendar.from_ical(ics).walk("VEVENT")
    assert str(entry["DESCRIPTION"]) == DESCRIPTION
    assert str(entry["LOCATION"]) == "Москва, ул. Бахрушина, 8; 2-й этаж"
    assert entry.decoded("DTSTART") == datetime(2027, 3, 1, 7, 0, tzinfo=UTC)
    assert b"DTSTART:20270301T070000Z" in ics
