"""Lengths as Telegram counts them (UTF-16 units): cutting and splitting never exceeds a limit,
never halves a character, and loses nothing."""

from __future__ import annotations

import random

from bot.handlers.event_admin import summary_text
from bot.i18n import I18n
from bot.telegram.lengths import MESSAGE_LIMIT, clip, split_text, telegram_length
from fake_telegram.html_check import visible_text

SAMPLES = ["a", "ж", "😀", "🇰🇬", "👨‍👩‍👧", " ", "\n", "\n\n", "&", "<b>"]


def test_units_are_counted_as_telegram_counts_them() -> None:
    assert telegram_length("жа") == 2
    assert telegram_length("😀") == 2
    assert telegram_length("🇰🇬") == 4


def test_clip_keeps_the_longest_start_within_the_limit() -> None:
    assert clip("😀😀😀", 5) == "😀😀", "never half an emoji"
    assert clip("abc", 3) == "abc"
    assert clip("😀", 1) == ""


def test_split_parts_fit_and_join_back_to_the_text() -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = "".join(rng.choice(SAMPLES) for _ in range(rng.randint(0, 3000)))
        limit = rng.randint(4, 900)
        parts = split_text(text, limit)
        assert all(telegram_length(part) <= limit for part in parts)
        # Separators at a cut are dropped; every other character is kept, in order.
        kept = "".join(parts)
        assert kept.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")


def test_the_event_summary_of_four_long_descriptions_fits_one_message(i18n: I18n) -> None:
    t = i18n.get("ru")
    longest = {"title": "😀" * 100, "description": "😀" * 1000}  # within the form's limits
    data = {
        "kind": "webinar",
        "starts_at": "2027-03-01T10:00:00+03:00",
        "tz": "Europe/Moscow",
        "texts": {locale: dict(longest) for locale in ("ky", "ru", "uz", "en")},
    }
    assert telegram_length(visible_text(summary_text(t, data))) <= MESSAGE_LIMIT
