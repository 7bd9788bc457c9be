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


# --- webhook mode ---------------------------------------------------------------------------

WEBHOOK = {
    "BOT_TOKEN": TEST_TOKEN,
    "WEBHOOK_URL": "https://helpdesk.example.org/telegram/webhook",
    "WEBHOOK_SECRET": "Zq7_w-4VtLr2Xc9p",
}


def test_without_webhook_url_the_bot_polls_whatever_else_is_set() -> None:
    env = {"BOT_TOKEN": TEST_TOKEN, "WEBHOOK_SECRET": "not used", "WEBHOOK_LISTEN": "nonsense"}
    assert load_settings(env).webhook is None


def test_webhook_mode_is_read_with_the_default_listener() -> None:
    webhook = load_settings(WEBHOOK).webhook
    assert webhook is not None
    assert webhook.url == "https://helpdesk.example.org/telegram/webhook"
    assert webhook.secret == "Zq7_w-4VtLr2Xc9p"
    assert (webhook.listen_host, webhook.listen_port) == ("127.0.0.1", 8081)
    assert webhook.path == "/telegram/webhook"


def test_the_webhook_secret_is_never_in_repr() -> None:
    assert WEBHOOK["WEBHOOK_SECRET"] not in repr(load_settings(WEBHOOK))


@pytest.mark.parametrize(
    ("listen", "host", "port"),
    [
        ("0.0.0.0:8081", "0.0.0.0", 8081),
        ("localhost:9000", "localhost", 9000),
        ("[::1]:8443", "::1", 8443),
        (" 127.0.0.1:1 ", "127.0.0.1", 1),
        ("bot.internal:65535", "bot.internal", 65535),
    ],
)
def test_webhook_listen_is_host_and_port(listen: str, host: str, port: int) -> None:
    webhook = load_settings({**WEBHOOK, "WEBHOOK_LISTEN": listen}).webhook
    assert webhook is not None
    assert (webhook.listen_host, webhook.listen_port) == (host, port)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://bot.example.org", "/"),
        ("https://bot.example.org:8443/hook", "/hook"),
        ("https://bot.example.org:443/a/b-c_d", "/a/b-c_d"),
    ],
)
def test_webhook_path_is_the_urls(url: str, path: str) -> None:
    webhook = load_settings({**WEBHOOK, "WEBHOOK_URL": url}).webhook
    assert webhook is not None and webhook.path == path


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"WEBHOOK_URL": "http://bot.example.org/hook"}, "WEBHOOK_URL must start with https://"),
        ({"WEBHOOK_URL": "bot.example.org/hook"}, "WEBHOOK_URL must start with https://"),
        ({"WEBHOOK_URL": "https:///hook"}, "WEBHOOK_URL must look like https://host"),
        ({"WEBHOOK_URL": "https://bot.example.org:x/"}, "WEBHOOK_URL must look like"),
        ({"WEBHOOK_URL": "https://bot.example.org/?a=1"}, "WEBHOOK_URL must look like"),
        ({"WEBHOOK_URL": "https://bot.example.org/#a"}, "WEBHOOK_URL must look like"),
        ({"WEBHOOK_URL": "https://bot.example.org/a b"}, "WEBHOOK_URL must look like"),
        ({"WEBHOOK_URL": "https://bot.example.org:8080/"}, "only to ports 443, 80, 88, 8443"),
        ({"WEBHOOK_URL": "https://bot.example.org/healthz"}, "the health check's"),
        ({"WEBHOOK_URL": "https://bot.example.org/hook/{name}"}, "keep the path to letters"),
        ({"WEBHOOK_URL": "https://bot.example.org/hook%20x"}, "keep the path to letters"),
        ({"WEBHOOK_SECRET": ""}, "WEBHOOK_SECRET is not set: webhook mode needs it"),
        ({"WEBHOOK_SECRET": "with space"}, "WEBHOOK_SECRET must be 1-256 letters"),
        ({"WEBHOOK_SECRET": "ключ"}, "WEBHOOK_SECRET must be 1-256 letters"),
        ({"WEBHOOK_SECRET": "a+b/c="}, "WEBHOOK_SECRET must be 1-256 letters"),
        ({"WEBHOOK_SECRET": "a" * 257}, "WEBHOOK_SECRET must be 1-256 letters"),
        ({"WEBHOOK_LISTEN": "8081"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": ":8081"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": "::1:8081"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:８０８１"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:²"}, "WEBHOOK_LISTEN must look like host:port"),
        ({"WEBHOOK_LISTEN": "http://127.0.0.1:8081"}, "WEBHOOK_LISTEN must look like"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:0"}, "WEBHOOK_LISTEN: the port must be 1-65535"),
        ({"WEBHOOK_LISTEN": "127.0.0.1:70000"}, "WEBHOOK_LISTEN: the port must be 1-65535"),
    ],
)
def test_bad_webhook_values_get_one_line_naming_the_variable(
    changes: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({**WEBHOOK, **changes})
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert WEBHOOK["WEBHOOK_SECRET"] not in str(raised.value)


def test_the_longest_secret_telegram_allows_is_accepted() -> None:
    secret = ("AZaz09_-" * 32)[:256]
    webhook = load_settings({**WEBHOOK, "WEBHOOK_SECRET": secret}).webhook
    assert webhook is not None and webhook.secret == secret
