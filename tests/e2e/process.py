"""Starting ``python main.py`` as a real process, with an environment of the test's choosing.

The process gets a clean environment (:func:`bot_env`: only what Python needs to start, plus
the test's settings) and runs in the test's temporary directory, so neither the developer's
shell variables nor the ``.env`` in their checkout (main.py reads ``.env`` in its working
directory) reach the bot under test."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"


#: What a Python process needs from its parent's environment; nothing here configures the bot.
PASSED_THROUGH = ("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR", "SYSTEMROOT")


def bot_env(**settings: str) -> dict[str, str]:
    """A clean environment: Python's essentials, this checkout importable, and ``settings``.
    Every other variable of the developer's shell (STAFF_CHAT_ID, ADMIN_IDS...) stays out."""
    env = {name: os.environ[name] for name in PASSED_THROUGH if name in os.environ}
    env["PYTHONPATH"] = str(ROOT)
    env.update(settings)
    return env


async def start_main(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    """main.py in the background, in the folder of ``log`` (the test's temporary directory),
    its output appended to ``log``."""
    return await _start_python(env, log, str(MAIN))


async def _start_python(env: dict[str, str], log: Path, *args: str) -> asyncio.subprocess.Process:
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, *args, cwd=log.parent, env=env, stdout=out, stderr=out
        )


#: ``python main.py``, but with Telegram's per-chat limits in the bot's budget (1 message/s per
#: private chat, 20/min per group) loosened: relaying a few dozen messages then takes a second,
#: not minutes. Everything else is main.py's own (the fake's flood control is off in these tests).
_LOOSE_PACING = """\
import runpy, sys
import bot.app
from bot.telegram.budget import Limits, Rate, SendBudget
private, group = (1 / float(value) for value in sys.argv[1:3])
limits = Limits(private_chat=Rate(private, burst=2.0), group_chat=Rate(group, burst=2.0))
bot.app.SendBudget = lambda: SendBudget(limits=limits)
sys.argv = [sys.argv[3]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


async def start_main_loosely_paced(
    env: dict[str, str], log: Path, *, private_interval: float, group_interval: float
) -> asyncio.subprocess.Process:
    """:func:`start_main` with the per-chat intervals of the bot's budget set to these
    (seconds between messages)."""
    return await _start_python(
        env, log, "-c", _LOOSE_PACING, str(private_interval), str(group_interval), str(MAIN)
    )


async def run_main(env: dict[str, str], cwd: Path, main: Path = MAIN) -> tuple[int, str, str]:
    """``main`` (main.py) to its end (it is expected to stop by itself), in ``cwd``: exit
    code, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(main),
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 30.0)
    return process.returncode or 0, stdout.decode(), stderr.decode()
