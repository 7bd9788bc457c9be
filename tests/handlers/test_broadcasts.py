"""/broadcast through the real Dispatcher: only admins; message → audience → preview → send."""

from datetime import UTC, timedelta

from bot.db.clock import utc_now
from bot.i18n import I18n
from bot.services.deadlines import MOSCOW
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

ADMIN = 777
MIGRANTS = {101: "ky", 102: "ru", 103: "ru"}


async def _with_users(start_harness: StartHarness) -> Harness:
    harness = await start_harness(admin_ids=frozenset({ADMIN}))
    for user_id, locale in MIGRANTS.items():
        await harness.send(user_id, "/start", language_code=locale)
        await harness.press(user_id, "✅", language_code=locale)
    await harness.send(ADMIN, "/start", language_code="ru")
    await harness.press(ADMIN, "✅")
    return harness


async def test_admin_broadcasts_to_russian_speakers(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await _with_users(start_harness)
    await harness.send(ADMIN, "/broadcast")
    assert ru("broadcast-ask-message").split(".")[0] in harness.screen(ADMIN).text
    await harness.send(ADMIN, "Приём граждан 5 декабря <b>не тег</b> & «кавычки»")
    labels = [label for label, _ in harness.screen(ADMIN).buttons]
    assert "Русский · 3" in labels, labels  # two migrants and the admin
    await harness.press(ADMIN, "Русский · 3")
    preview = harness.screen(ADMIN)
    assert ru("broadcast-preview", recipients=3) in preview.text
    copies = [c for c in harness.fake.calls if c.method == "copyMessage"]
    assert [c.chat_id for c in copies] == [ADMIN], "the admin sees a preview first"

    await harness.press(ADMIN, ru("broadcast-button-send-now"))
    assert "№1" in harness.screen(ADMIN).text
    assert harness.broadcaster is not None
    await harness.broadcaster.run_once()
    delivered = [c.chat_id for c in harness.fake.calls if c.method == "copyMessage" and c.ok]
    assert sorted(delivered[1:]) == [102, 103, ADMIN]
    row = await harness.services.db.fetch_one("SELECT progress_message_id FROM broadcasts")
    assert row is not None
    progress = harness.fake.messages[(ADMIN, row[0])]
    assert ru("broadcast-status-done") in str(progress["text"])
    assert "3" in str(progress["text"])


async def test_non_admin_cannot_broadcast_or_press_controls(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ru = i18n.get("ru")
    harness = await _with_users(start_harness)
    await harness.send(102, "/broadcast")
    assert ru("common-unknown-command").split(".")[0] in harness.screen(102).text
    await harness.press_data(102, "bcx:1:c")  # crafted control data
    assert ru("common-outdated-button") in harness.screen(102).text
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM broadcasts")
    assert row is not None and row[0] == 0


async def test_turning_announcements_off_removes_a_recipient(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ky = i18n.get("ky")
    harness = await _with_users(start_harness)
    await harness.send(101, "/menu", language_code="ky")
    await harness.press(101, ky("menu-announcements"), language_code="ky")
    await harness.press(101, ky("announcements-button-off"), language_code="ky")
    assert ky("announcements-off").split(".")[0].replace("<b>", "") in harness.screen(101).text
    counts, _ = await harness.services.broadcast_planner.audiences("ky")
    assert counts["locale:ky"] == 0
    assert counts["all"] == 3


async def test_cancel_leaves_nothing(start_harness: StartHarness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    harness = await _with_users(start_harness)
    await harness.send(ADMIN, "/broadcast")
    await harness.send(ADMIN, "text")
    await harness.press(ADMIN, ru("broadcast-button-cancel"))
    assert ru("broadcast-cancelled") in harness.screen(ADMIN).text
    row = await harness.services.db.fetch_one("SELECT COUNT(*) FROM broadcasts")
    assert row is not None and row[0] == 0


async def test_schedule_for_later(start_harness: StartHarness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    harness = await _with_users(start_harness)
    await harness.send(ADMIN, "/broadcast")
    await harness.send(ADMIN, "Вебинар завтра")
    await harness.press(ADMIN, ru("broadcast-audience-all"))
    await harness.press(ADMIN, ru("broadcast-button-schedule"))
    await harness.send(ADMIN, "завтра в шесть")
    assert ru("broadcast-bad-when").split(",")[0] in harness.screen(ADMIN).text
    when = (utc_now() + timedelta(days=2)).astimezone(MOSCOW).replace(second=0, microsecond=0)
    await harness.send(ADMIN, when.strftime("%d.%m.%Y %H:%M"))
    assert ru("broadcast-scheduled", when=when.strftime("%d.%m.%Y %H:%M")) in (
        harness.screen(ADMIN).text
    )
    row = await harness.services.db.fetch_one("SELECT status, starts_at FROM broadcasts")
    assert row is not None
    assert row["status"] == "scheduled"
    assert row["starts_at"] == when.astimezone(UTC).isoformat(timespec="seconds")
    assert harness.broadcaster is not None
    await harness.broadcaster.run_once()
    assert [c for c in harness.fake.calls if c.method == "copyMessage"][1:] == [], "not yet"


async def test_city_chosen_by_users_becomes_an_audience(
    start_harness: StartHarness, i18n: I18n
) -> None:
    ky, ru = i18n.get("ky"), i18n.get("ru")
    harness = await _with_users(start_harness)
    await harness.send(101, "/menu", language_code="ky")
    await harness.press(101, ky("menu-announcements"), language_code="ky")
    await harness.press(101, ky("announcements-button-city"), language_code="ky")
    await harness.press(101, ky("city-kazan"), language_code="ky")
    assert ky("announcements-city", city=ky("city-kazan")) in harness.screen(101).text
    await harness.press_data(101, "city:paris", language_code="ky")  # crafted: ignored
    row = await harness.services.db.fetch_one("SELECT city FROM users WHERE id = 101")
    assert row is not None and row[0] == "kazan"

    await harness.send(ADMIN, "/broadcast")
    await harness.send(ADMIN, "Приём в Казани")
    await harness.press(ADMIN, f"🏙 {ru('city-kazan')} · 1")
    await harness.press(ADMIN, ru("broadcast-button-send-now"))
    assert harness.broadcaster is not None
    await harness.broadcaster.run_once()
    copies = [c.chat_id for c in harness.fake.calls if c.method == "copyMessage" and c.ok]
    assert copies == [ADMIN, 101]
