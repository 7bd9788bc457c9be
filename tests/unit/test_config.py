from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from tests.conftest import TEST_TOKEN


def test_full_environment_is_read() -> None:
    settings = load_settings(
        {
            "BOT_TOKEN": TEST_TOKEN,
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/",
            "DATABASE_PATH": "/tmp/x.sqlite3",
            "STAFF_CHAT_ID": "-1001234567890",
            "ADMIN_IDS": "1, 2 3",
            "DEFAULT_LOCALE": "ky",
            "LOG_LEVEL": "debug",
        }
    )
    assert settings.telegram_api_url == "http://127.0.0.1:8081"
    assert settings.database_path == Path("/tmp/x.sqlite3")
    assert settings.staff_chat_id == -1001234567890
    assert settings.admin_ids == frozenset({1, 2, 3})
    assert settings.default_locale == "ky"
    assert settings.log_level == "DEBUG"


def test_defaults() -> None:
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN})
    assert settings.telegram_api_url is None
    assert settings.database_path == Path("data/helpdesk.sqlite3")
    assert settings.staff_chat_id is None
    assert settings.admin_ids == frozenset()
    assert settings.default_locale == "ru"
    assert settings.broadcast_paid is False


@pytest.mark.parametrize(
    ("raw", "paid"),
    [("true", True), (" TRUE ", True), ("1", True), ("yes", True), ("on", True),
     ("false", False), ("0", False), ("no", False), ("off", False), ("", False)],
)  # fmt: skip
def test_broadcast_paid_reads_true_and_false(raw: str, paid: bool) -> None:
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "BROADCAST_PAID": raw})
    assert settings.broadcast_paid is paid


def test_token_never_in_repr() -> None:
    assert TEST_TOKEN not in repr(load_settings({"BOT_TOKEN": TEST_TOKEN}))


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({}, "BOT_TOKEN is not set"),
        ({"BOT_TOKEN": "nonsense"}, "BOT_TOKEN is malformed"),
        ({"BOT_TOKEN": TEST_TOKEN, "STAFF_CHAT_ID": "abc"}, "STAFF_CHAT_ID"),
        ({"BOT_TOKEN": TEST_TOKEN, "ADMIN_IDS": "1,x"}, "ADMIN_IDS"),
        ({"BOT_TOKEN": TEST_TOKEN, "DEFAULT_LOCALE": "de"}, "DEFAULT_LOCALE"),
        ({"BOT_TOKEN": TEST_TOKEN, "LOG_LEVEL": "loud"}, "LOG_LEVEL"),
        ({"BOT_TOKEN": TEST_TOKEN, "TELEGRAM_API_URL": "ftp://x"}, "TELEGRAM_API_URL"),
        ({"BOT_TOKEN": TEST_TOKEN, "FSM_TTL_DAYS": "0"}, "FSM_TTL_DAYS"),
        ({"BOT_TOKEN": TEST_TOKEN, "BROADCAST_PAID": "ture"}, "BROADCAST_PAID must be true"),
        ({"BOT_TOKEN": TEST_TOKEN, "BROADCAST_PAID": "2"}, "BROADCAST_PAID"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError, match=names):
        load_settings(env)


TOKEN_SHAPE = (
    "BOT_TOKEN is malformed: expected the bot's number, ':' and a secret of 30 or more letters,"
    " digits, '_' or '-' (like 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw), as @BotFather"
    " gives it"
)


@pytest.mark.parametrize(
    "token",
    [
        "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",  # the Bot API documentation's example
        "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",  # an old 9-digit bot
        "7234567890:AAF_x-9kLmNoPqRsTuVwXyZ0123456789ab",  # a new 10-digit bot
        "  7234567890:AAF_x-9kLmNoPqRsTuVwXyZ0123456789ab\n",  # pasted with spaces around
    ],
)
def test_every_shape_botfather_issues_is_accepted(token: str) -> None:
    assert load_settings({"BOT_TOKEN": token}).bot_token == token.strip()


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("123456:ABCdef", TOKEN_SHAPE),  # cut short when copied
        ("not-a-token", TOKEN_SHAPE),
        ("0123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", TOKEN_SHAPE),  # Telegram refuses a 0
        ("123456:ABC-DEF1234ghIkl zyx57W2v1u123ew11", TOKEN_SHAPE),
        (
            "bot123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
            "BOT_TOKEN starts with 'bot': that belongs to the URL, put only"
            " '<number>:<secret>' into .env",
        ),
    ],
)
def test_a_malformed_token_is_told_with_the_shape_it_should_have(token: str, message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({"BOT_TOKEN": token})
    assert str(raised.value) == message
