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


def test_team_names_and_their_errors() -> None:
    teams = {"BOT_TOKEN": TEST_TOKEN, "STAFF_CHAT_ID": "-1001", "REQUEST_ROUTING": "police=-1002"}
    settings = load_settings({**teams, "TEAM_NAMES": "-1001=kg-ombudsman, -1002=ru-commissioner"})
    assert settings.team_names == {-1001: "kg-ombudsman", -1002: "ru-commissioner"}
    assert load_settings(teams).team_names == {}, "optional: chats without a name"
    for raw, message in (
        ("-1001=ombudsman", "TEAM_NAMES: unknown institution 'ombudsman'"),
        ("-1003=kg-ombudsman", "TEAM_NAMES: -1003 is not a staff chat"),
        ("staff=kg-ombudsman", "TEAM_NAMES must look like"),
    ):
        with pytest.raises(ConfigError, match=message):
            load_settings({**teams, "TEAM_NAMES": raw})


def test_retention_and_privacy_url() -> None:
    with pytest.raises(ConfigError, match="RETENTION_DAYS"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "RETENTION_DAYS": "0"})
    with pytest.raises(ConfigError, match="PRIVACY_URL"):
        load_settings({"BOT_TOKEN": TEST_TOKEN, "PRIVACY_URL": "http://insecure"})
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN})
    assert settings.retention_days == 365 and settings.privacy_url is None


def test_minutes_of_office_time_skip_evenings_and_weekends() -> None:
    hours = parse_office_hours("mon-fri 09:00-18:00", "Europe/Moscow")
    assert hours is not None
    friday = datetime(2026, 11, 27, 14, 50, tzinfo=UTC)  # 17:50 in Moscow
    assert hours.add_open_minutes(friday, 10) == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    monday = hours.add_open_minutes(friday, 30)  # 10 on Friday, 20 on Monday
    assert monday == datetime(2026, 11, 30, 6, 20, tzinfo=UTC)  # 09:20 in Moscow
    saturday = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert hours.add_open_minutes(saturday, 60) == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    a_week = hours.add_open_minutes(datetime(2026, 11, 30, 6, 0, tzinfo=UTC), 5 * 9 * 60)
    assert a_week == datetime(2026, 12, 4, 15, 0, tzinfo=UTC), "five working days: Friday 18:00"


def test_answer_deadlines_default_urgent_and_per_category() -> None:
    default = load_settings({"BOT_TOKEN": TEST_TOKEN}).answer_deadlines
    assert (default.minutes_for("wages", False), default.minutes_for("police", True)) == (240, 30)
    deadlines = load_settings(
        {
            "BOT_TOKEN": TEST_TOKEN,
            "SLA_MINUTES": "480",
            "SLA_MINUTES_URGENT": "60",
            "SLA_BY_CATEGORY": "documents=1440, health=20, other=0",
        }
    ).answer_deadlines
    assert deadlines.minutes_for("wages", False) == 480
    assert deadlines.minutes_for("wages", True) == 60, "marked urgent: the shorter"
    assert deadlines.minutes_for("documents", False) == 1440
    assert deadlines.minutes_for("health", True) == 20, "the category's own is shorter still"
    assert deadlines.minutes_for("other", False) is None, "0: no deadline"
    assert deadlines.minutes_for("other", True) == 60
    start = datetime(2026, 11, 27, 14, 50, tzinfo=UTC)
    assert deadlines.due_at(start, "wages", False, None) == datetime(
        2026, 11, 27, 22, 50, tzinfo=UTC
    )
    off = load_settings({"BOT_TOKEN": TEST_TOKEN, "SLA_MINUTES": "0", "SLA_MINUTES_URGENT": "0"})
    assert off.answer_deadlines.due_at(start, "police", True, None) is None


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"SLA_MINUTES": "-5"}, "SLA_MINUTES"),
        ({"SLA_MINUTES": "ten"}, "SLA_MINUTES"),
        ({"SLA_MINUTES_URGENT": "99999999"}, "SLA_MINUTES_URGENT"),
        ({"SLA_BY_CATEGORY": "salary=30"}, "SLA_BY_CATEGORY"),
        ({"SLA_BY_CATEGORY": "wages=soon"}, "SLA_BY_CATEGORY"),
        ({"SLA_BY_CATEGORY": "wages=-1"}, "SLA_BY_CATEGORY"),
    ],
)
def test_bad_answer_deadlines_are_refused(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({"BOT_TOKEN": TEST_TOKEN, **env})
