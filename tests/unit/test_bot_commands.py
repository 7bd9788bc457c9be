"""The command lists Telegram shows: one per language for everyone, and one for each admin."""

import json

from bot.app import build_bot
from bot.bot_commands import register_commands
from bot.config import load_settings
from bot.i18n import I18n
from fake_telegram import FakeTelegram, RecordingSession
from tests.conftest import TEST_TOKEN


async def test_lists_per_language_and_for_admins(i18n: I18n) -> None:
    fake = FakeTelegram(token=TEST_TOKEN)
    bot = build_bot(load_settings({"BOT_TOKEN": TEST_TOKEN}), session=RecordingSession(fake))
    await register_commands(bot, i18n, frozenset({42}))
    await bot.session.close()

    calls = [c for c in fake.calls if c.method == "setMyCommands"]
    public = [c for c in calls if json.loads(c.params["scope"])["type"] == "all_private_chats"]
    assert sorted(c.params.get("language_code", "") for c in public) == [
        "",
        "en",
        "ky",
        "ru",
        "uz",
    ]
    ky = next(c for c in public if c.params.get("language_code") == "ky")
    ky_commands = {
        item["command"]: item["description"] for item in json.loads(ky.params["commands"])
    }
    assert ky_commands["emergency"] == i18n.get("ky")("command-emergency")
    assert "broadcast" not in ky_commands, "admin commands are not public"

    admin = [c for c in calls if json.loads(c.params["scope"]) == {"type": "chat", "chat_id": 42}]
    assert len(admin) == 1
    names = [item["command"] for item in json.loads(admin[0].params["commands"])]
    assert names[-3:] == ["broadcast", "newevent", "events"]
    assert fake.rejected == []
