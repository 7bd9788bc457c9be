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

from bot.content.institutions import INSTITUTIONS
from bot.content.request_categories import CATEGORIES
from bot.i18n import LOCALES
from bot.services.answer_deadlines import MAX_MINUTES, AnswerDeadlines
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
# Telegram's rules for setWebhook: secret_token of 1-256 of these characters; only these ports.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
WEBHOOK_PORTS = (443, 80, 88, 8443)
DEFAULT_WEBHOOK_LISTEN = ("127.0.0.1", 8081)
HEALTH_PATH = "/healthz"
DEFAULT_DATABASE_PATH = Path("data") / "helpdesk.sqlite3"
DEFAULT_BACKUP_KEEP = 14


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class WebhookSettings:
    """Webhook mode: Telegram POSTs updates to ``url`` (a reverse proxy terminating TLS
    forwards them to ``listen_host:listen_port``, the same ``path``)."""

    url: str
    secret: str = field(repr=False)
    listen_host: str = DEFAULT_WEBHOOK_LISTEN[0]
    listen_port: int = DEFAULT_WEBHOOK_LISTEN[1]

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"


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
    webhook: WebhookSettings | None = None  # None: long polling
    backup_dir: Path | None = None  # daily backups there when set
    backup_keep: int = DEFAULT_BACKUP_KEEP
    answer_deadlines: AnswerDeadlines = field(default_factory=AnswerDeadlines)
    broadcast_paid: bool = False  # allow_paid_broadcast: up to 1,000 messages/s, for Stars
    team_names: dict[int, str] = field(default_factory=dict)  # staff chat -> institution id


@dataclass(frozen=True)
class StorageSettings:
    """What ``backup``, ``restore`` and the health check need: no token, no Telegram."""

    database_path: Path
    backup_dir: Path | None
    backup_keep: int


def load_storage_settings(env: Mapping[str, str]) -> StorageSettings:
    return StorageSettings(
        database_path=_database_path(env),
        backup_dir=_optional_path(env, "BACKUP_DIR"),
        backup_keep=_positive_int(env, "BACKUP_KEEP", default=DEFAULT_BACKUP_KEEP),
    )


def load_settings(env: Mapping[str, str]) -> Settings:
    storage = load_storage_settings(env)
    return Settings(
        bot_token=_bot_token(env),
        telegram_api_url=_api_url(env),
        database_path=storage.database_path,
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
        webhook=_webhook(env),
        backup_dir=storage.backup_dir,
        backup_keep=storage.backup_keep,
        answer_deadlines=_answer_deadlines(env),
        broadcast_paid=_flag(env, "BROADCAST_PAID"),
        team_names=_team_names(env),
    )


def _database_path(env: Mapping[str, str]) -> Path:
    return _optional_path(env, "DATABASE_PATH") or DEFAULT_DATABASE_PATH


def _optional_path(env: Mapping[str, str], name: str) -> Path | None:
    raw = env.get(name, "").strip()
    return Path(raw) if raw else None


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


def _per_category(env: Mapping[str, str], name: str, example: str) -> dict[str, int]:
    """NAME="category=number,…" (commas or spaces between), every category a known one."""
    values: dict[str, int] = {}
    for part in re.split(r"[,\s]+", env.get(name, "").strip()):
        if not part:
            continue
        category, _, number = part.partition("=")
        if category not in CATEGORIES:
            raise ConfigError(
                f"{name}: unknown category {category!r}; known: {', '.join(CATEGORIES)}"
            )
        try:
            values[category] = int(number)
        except ValueError:
            raise ConfigError(f"{name} must look like {example}") from None
    return values


def _routing(env: Mapping[str, str]) -> dict[str, int]:
    return _per_category(env, "REQUEST_ROUTING", "police=-1001234567890,violence=-1001234567890")


TEAM_NAMES_EXAMPLE = "-1001234567890=kg-ombudsman,-1009876543210=ru-commissioner"


def _team_names(env: Mapping[str, str]) -> dict[int, str]:
    """TEAM_NAMES="chat=institution,…": which institution each staff chat belongs to, each
    chat one of STAFF_CHAT_ID and REQUEST_ROUTING's."""
    staff_chats = {*_routing(env).values(), _optional_int(env, "STAFF_CHAT_ID")}
    names: dict[int, str] = {}
    for part in re.split(r"[,\s]+", env.get("TEAM_NAMES", "").strip()):
        if not part:
            continue
        chat, _, institution = part.partition("=")
        try:
            chat_id = int(chat)
        except ValueError:
            raise ConfigError(f"TEAM_NAMES must look like {TEAM_NAMES_EXAMPLE}") from None
        if institution not in INSTITUTIONS:
            raise ConfigError(
                f"TEAM_NAMES: unknown institution {institution!r};"
                f" known: {', '.join(INSTITUTIONS)}"
            )
        if chat_id not in staff_chats:
            raise ConfigError(
                f"TEAM_NAMES: {chat_id} is not a staff chat (STAFF_CHAT_ID or REQUEST_ROUTING)"
            )
        names[chat_id] = institution
    return names


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


WEBHOOK_URL_USAGE = (
    "WEBHOOK_URL must look like https://host[:port]/path, the public address Telegram posts to"
)


def _webhook(env: Mapping[str, str]) -> WebhookSettings | None:
    """WEBHOOK_URL turns webhook mode on; WEBHOOK_SECRET and WEBHOOK_LISTEN mean nothing
    without it (commenting WEBHOOK_URL out is how one goes back to polling)."""
    url = _webhook_url(env)
    if url is None:
        return None
    host, port = _listen_address(env)
    return WebhookSettings(url, _webhook_secret(env), host, port)


def _webhook_url(env: Mapping[str, str]) -> str | None:
    url = env.get("WEBHOOK_URL", "").strip()
    if not url:
        return None
    if not url.startswith("https://"):
        raise ConfigError("WEBHOOK_URL must start with https:// (Telegram posts only over TLS)")
    try:
        parts = urlsplit(url)
        port = parts.port or 443
    except ValueError:
        raise ConfigError(WEBHOOK_URL_USAGE) from None
    if not parts.hostname or parts.query or parts.fragment or re.search(r"\s", url):
        raise ConfigError(WEBHOOK_URL_USAGE)
    if not re.fullmatch(r"[A-Za-z0-9/._~-]*", parts.path):
        raise ConfigError("WEBHOOK_URL: keep the path to letters, digits and / . _ ~ -")
    if port not in WEBHOOK_PORTS:
        ports = ", ".join(str(p) for p in WEBHOOK_PORTS)
        raise ConfigError(f"WEBHOOK_URL: Telegram posts only to ports {ports}")
    if (parts.path or "/") == HEALTH_PATH:
        raise ConfigError(f"WEBHOOK_URL: the path {HEALTH_PATH} is the health check's")
    return url


def _webhook_secret(env: Mapping[str, str]) -> str:
    secret = env.get("WEBHOOK_SECRET", "").strip()
    if not secret:
        raise ConfigError(
            "WEBHOOK_SECRET is not set: webhook mode needs it (e.g. the output of"
            " python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    if not WEBHOOK_SECRET_PATTERN.match(secret):
        raise ConfigError(
            "WEBHOOK_SECRET must be 1-256 letters, digits, '_' or '-' (Telegram's rule)"
        )
    return secret


LISTEN_USAGE = "WEBHOOK_LISTEN must look like host:port, e.g. 127.0.0.1:8081 or [::1]:8081"


def _listen_address(env: Mapping[str, str]) -> tuple[str, int]:
    raw = env.get("WEBHOOK_LISTEN", "").strip()
    if not raw:
        return DEFAULT_WEBHOOK_LISTEN
    match = re.fullmatch(r"(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+)):([0-9]{1,5})", raw)
    if match is None:
        raise ConfigError(LISTEN_USAGE)
    ipv6, name, port_text = match.groups()
    host = ipv6 or name
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise ConfigError("WEBHOOK_LISTEN: the port must be 1-65535")
    return host, port


def _minutes(env: Mapping[str, str], name: str, default: int) -> int:
    """Minutes of office time, 0 to MAX_MINUTES (0: no deadline)."""
    value = _optional_int(env, name)
    if value is None:
        return default
    if not 0 <= value <= MAX_MINUTES:
        raise ConfigError(f"{name} must be minutes from 0 (no deadline) to {MAX_MINUTES}")
    return value


def _answer_deadlines(env: Mapping[str, str]) -> AnswerDeadlines:
    """SLA_MINUTES=240, SLA_MINUTES_URGENT=30, SLA_BY_CATEGORY="documents=480,health=120"."""
    default = AnswerDeadlines()
    by_category = _per_category(env, "SLA_BY_CATEGORY", "documents=480,health=120")
    for value in by_category.values():
        if not 0 <= value <= MAX_MINUTES:
            raise ConfigError(f"SLA_BY_CATEGORY: minutes from 0 (no deadline) to {MAX_MINUTES}")
    return AnswerDeadlines(
        minutes=_minutes(env, "SLA_MINUTES", default.minutes),
        urgent_minutes=_minutes(env, "SLA_MINUTES_URGENT", default.urgent_minutes),
        by_category=by_category,
    )
