"""Settings read from the environment once, at start-up.

Nothing here runs at import time; ``load_settings`` is called by ``bot.app.main``.
A bad value raises ``ConfigError`` with one line a person can act on.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from bot.content.request_categories import CATEGORIES
from bot.i18n import LOCALES
from bot.services.office_hours import OfficeHours, parse_office_hours

# What @BotFather issues: the bot's number (Telegram refuses one starting with 0), ':', and a
# secret of letters, digits, '_' and '-' (35 of them today). aiogram checks only
# "<digits>:<anything>"; the minimum of 30 catches a token cut short when copied.
TOKEN_PATTERN = re.compile(r"^[1-9][0-9]{0,19}:[A-Za-z0-9_-]{30,}$")
TOKEN_SHAPE = (
    "the bot's number, ':' and a secret of 30 or more letters, digits, '_' or '-'"
    " (like 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw), as @BotFather gives it"
)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_DATABASE_PATH = Path("data") / "helpdesk.sqlite3"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    bot_token: str = field(repr=False)
    telegram_api_url: str | None
    database_path: Path
    staff_chat_id: int | None
    admin_ids: frozenset[int]
    default_locale: str
    log_level: str
    fsm_ttl_days: int
    event_reminder_minutes: tuple[int, ...]
    request_routing: dict[str, int] = field(default_factory=dict)  # category -> staff chat
    office_hours: OfficeHours | None = None
    retention_days: int = 365
    privacy_url: str | None = None
    broadcast_paid: bool = False  # allow_paid_broadcast: up to 1,000 messages/s, for Stars


def load_settings(env: Mapping[str, str]) -> Settings:
    return Settings(
        bot_token=_bot_token(env),
        telegram_api_url=_api_url(env),
        database_path=Path(env.get("DATABASE_PATH") or DEFAULT_DATABASE_PATH),
        staff_chat_id=_optional_int(env, "STAFF_CHAT_ID"),
        admin_ids=_id_list(env, "ADMIN_IDS"),
        default_locale=_default_locale(env),
        log_level=_log_level(env),
        fsm_ttl_days=_positive_int(env, "FSM_TTL_DAYS", default=30),
        event_reminder_minutes=_minutes_list(env, "EVENT_REMINDER_MINUTES", default=(1440, 60)),
        request_routing=_routing(env),
        office_hours=_office_hours(env),
        retention_days=_positive_int(env, "RETENTION_DAYS", default=365),
        privacy_url=_https_url(env, "PRIVACY_URL"),
        broadcast_paid=_flag(env, "BROADCAST_PAID"),
    )


def _bot_token(env: Mapping[str, str]) -> str:
    token = env.get("BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("BOT_TOKEN is not set: put the token from @BotFather into .env")
    if token.lower().startswith("bot") and TOKEN_PATTERN.match(token[3:]):
        raise ConfigError(
            "BOT_TOKEN starts with 'bot': that belongs to the URL, put only"
            " '<number>:<secret>' into .env"
        )
    if not TOKEN_PATTERN.match(token):
        raise ConfigError(f"BOT_TOKEN is malformed: expected {TOKEN_SHAPE}")
    return token


API_URL_USAGE = "TELEGRAM_API_URL must look like http(s)://host[:port][/path]"


def _api_url(env: Mapping[str, str]) -> str | None:
    """Checked here because aiohttp's error for a bad URL quotes the whole request URL, the
    token included, into the log; the message names the variable, never the value."""
    url = env.get("TELEGRAM_API_URL", "").strip().rstrip("/")
    if not url:
        return None
    if not url.startswith(("http://", "https://")):
        raise ConfigError("TELEGRAM_API_URL must start with http:// or https://")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port that is not a number or too big)
    except ValueError:
        raise ConfigError(API_URL_USAGE) from None
    if not parts.hostname or parts.query or parts.fragment or re.search(r"\s", url):
        raise ConfigError(API_URL_USAGE)
    return url


def _optional_int(env: Mapping[str, str], name: str) -> int | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, e.g. -1001234567890") from None


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    value = _optional_int(env, name)
    if value is None:
        return default
    if value <= 0:
        raise ConfigError(f"{name} must be a positive integer")
    return value


TRUE_WORDS = ("true", "1", "yes", "on")
FALSE_WORDS = ("false", "0", "no", "off")


def _flag(env: Mapping[str, str], name: str) -> bool:
    """Off unless set to true/1/yes/on; anything but those and false/0/no/off is refused
    (a typo must not silently spend the bot's Stars, nor silently not)."""
    raw = env.get(name, "").strip().lower()
    if raw in TRUE_WORDS:
        return True
    if not raw or raw in FALSE_WORDS:
        return False
    raise ConfigError(f"{name} must be true or false")


def _id_list(env: Mapping[str, str], name: str) -> frozenset[int]:
    raw = env.get(name, "")
    ids: set[int] = set()
    for part in re.split(r"[,\s]+", raw.strip()):
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(f"{name} must be a comma-separated list of user ids") from None
    return frozenset(ids)


def _minutes_list(env: Mapping[str, str], name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        minutes = tuple(sorted({int(part) for part in re.split(r"[,\s]+", raw) if part}))
    except ValueError:
        raise ConfigError(f"{name} must be minutes before the event, e.g. 1440,60") from None
    if not minutes or minutes[0] <= 0:
        raise ConfigError(f"{name} must be positive minutes, e.g. 1440,60")
    return minutes


def _default_locale(env: Mapping[str, str]) -> str:
    locale = env.get("DEFAULT_LOCALE", "").strip() or "ru"
    if locale not in LOCALES:
        raise ConfigError(f"DEFAULT_LOCALE must be one of: {', '.join(LOCALES)}")
    return locale


def _log_level(env: Mapping[str, str]) -> str:
    level = (env.get("LOG_LEVEL", "").strip() or "INFO").upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of: {', '.join(LOG_LEVELS)}")
    return level


def _routing(env: Mapping[str, str]) -> dict[str, int]:
    """REQUEST_ROUTING="police=-1001111111111,violence=-1001111111111"."""
    routing: dict[str, int] = {}
    for part in re.split(r"[,\s]+", env.get("REQUEST_ROUTING", "").strip()):
        if not part:
            continue
        category, _, chat = part.partition("=")
        if category not in CATEGORIES:
            raise ConfigError(
                f"REQUEST_ROUTING: unknown category {category!r}; known: {', '.join(CATEGORIES)}"
            )
        try:
            routing[category] = int(chat)
        except ValueError:
            raise ConfigError(
                "REQUEST_ROUTING must look like police=-1001234567890,violence=-1001234567890"
            ) from None
    return routing


def _office_hours(env: Mapping[str, str]) -> OfficeHours | None:
    tz = env.get("OFFICE_TIMEZONE", "").strip() or "Europe/Moscow"
    try:
        return parse_office_hours(env.get("OFFICE_HOURS", ""), tz)
    except ValueError as error:
        raise ConfigError(f"OFFICE_HOURS/OFFICE_TIMEZONE: {error}") from None


def _https_url(env: Mapping[str, str], name: str) -> str | None:
    url = env.get(name, "").strip()
    if url and not url.startswith("https://"):
        raise ConfigError(f"{name} must start with https://")
    return url or None
