"""Fluent translations: one bundle per locale, a fallback chain, and the choice of locale.

Every text a person reads lives in ``locales/<locale>/*.ftl``. A message missing in the user's
locale falls back to the default locale, then to English; a message missing everywhere is
logged and shown as its id (the locale test makes sure that never happens).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

log = logging.getLogger(__name__)

LOCALES = ("ky", "ru", "uz", "en")
FALLBACK_LOCALE = "en"
LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"


class Translator:
    """Formats messages for one locale, falling back along its chain."""

    def __init__(self, locale: str, bundles: list[FluentBundle]) -> None:
        self.locale = locale
        self._bundles = bundles

    def __call__(self, message_id: str, **args: Any) -> str:
        for bundle in self._bundles:
            if not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            for error in errors:
                log.warning("fluent error in %s/%s: %s", self.locale, message_id, error)
            return str(text)
        log.error("missing message %s for locale %s", message_id, self.locale)
        return message_id

    def has(self, message_id: str) -> bool:
        return any(bundle.has_message(message_id) for bundle in self._bundles)

    def date(self, value: date) -> str:
        return value.strftime("%d.%m.%Y")


class I18n:
    def __init__(self, bundles: dict[str, FluentBundle], default_locale: str) -> None:
        self.default_locale = default_locale
        self._translators = {
            locale: Translator(locale, [bundles[name] for name in _chain(locale, default_locale)])
            for locale in bundles
        }

    @classmethod
    def load(cls, default_locale: str, directory: Path = LOCALES_DIR) -> I18n:
        bundles = {locale: _bundle(locale, directory / locale) for locale in LOCALES}
        return cls(bundles, default_locale)

    @property
    def locales(self) -> tuple[str, ...]:
        return LOCALES

    def get(self, locale: str | None) -> Translator:
        return self._translators[locale if locale in self._translators else self.default_locale]

    def choose_locale(self, stored: str | None, language_code: str | None) -> str:
        """The user's chosen locale, else Telegram's language_code if supported, else default."""
        if stored in LOCALES:
            return stored
        telegram_locale = supported_locale(language_code)
        return telegram_locale or self.default_locale


def supported_locale(language_code: str | None) -> str | None:
    if not language_code:
        return None
    base = language_code.replace("_", "-").split("-")[0].lower()
    return base if base in LOCALES else None


def _chain(locale: str, default_locale: str) -> list[str]:
    chain: list[str] = []
    for name in (locale, default_locale, FALLBACK_LOCALE):
        if name not in chain:
            chain.append(name)
    return chain


def _bundle(locale: str, directory: Path) -> FluentBundle:
    bundle = FluentBundle([locale], use_isolating=False)
    for path in _ftl_files(directory):
        resource = FluentResource(path.read_text(encoding="utf-8"))
        bundle.add_resource(resource)
    return bundle


def _ftl_files(directory: Path) -> Iterable[Path]:
    files = sorted(directory.glob("*.ftl"))
    if not files:
        raise FileNotFoundError(f"no .ftl files in {directory}")
    return files
