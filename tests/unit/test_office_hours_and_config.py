"""Office hours, request routing and retention settings: parsed once, refused clearly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import ConfigError, load_settings
from bot.services.office_hours import parse_office_hours
from tests.conftest import TEST_TOKEN


def test_office_hours_open_closed_and_next_opening() -> None:
    hours = parse_office_hours("Mon-Fri 09:00-18:00", "Europe/Moscow")
    assert hours is not None
    friday_evening = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)  # 19:00 in Moscow
    monday_morning = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
    assert not hours.is_open(friday_evening)
    assert hours.is_open(monday_morning)
    opening = hours.next_opening(friday_evening)
    assert (opening.weekday(), opening.hour, opening.minute) == (0, 9, 0)
    early = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)  # Wednesday 08:00 in Moscow
    assert hours.next_opening(early).date().isoformat() == "2026-11-25"


@pytest.mark.parametrize(
    "raw",
    [
        "mon-fri",
        "mon-fri 18:00-09:00",
        "fri-mon 09:00-18:00",
        "xyz 09:00-10:00",
        "mon 25:00-26:00",
    ],
)
def test_bad_office_hours_are_refused(raw: str) -> None:
    with pytest.raises(ConfigError, match="OFFICE_HOURS"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "OFFICE_HOURS": raw})


def test_empty_office_hours_mean_always_open() -> None:
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "OFFICE_HOURS": ""})
    assert settings.office_hours is None


def test_routing_and_its_errors() -> None:
    settings = load_settings(
        {"BOT_TOKEN": TEST_TOKEN, "REQUEST_ROUTING": "police=-1001,violence=-1002"}
    )
    assert settings.request_routing == {"police": -1001, "violence": -1002}
    with pytest.raises(ConfigError, match="unknown category 'polize'"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "REQUEST_ROUTING": "polize=-1001"})
    with pytest.raises(ConfigError, match="REQUEST_ROUTING"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "REQUEST_ROUTING": "police=chat"})


def test_retention_and_privacy_url() -> None:
    with pytest.raises(ConfigError, match="RETENTION_DAYS"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "RETENTION_DAYS": "0"})
    with pytest.raises(ConfigError, match="PRIVACY_URL"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "PRIVACY_URL": "http://insecure"})
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN})
    assert settings.retention_days == 365 and settings.privacy_url is None
