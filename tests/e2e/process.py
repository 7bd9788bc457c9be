"""Starting ``python main.py`` as a real process, with an environment of the test's choosing."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAIN = ROOT / "main.py"


def bot_env(**settings: str) -> dict[str, str]:
    """This process's environment without any bot settings of its own, plus ``settings``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "TELEGRAM_"))}
    env.update(settings)
    return env


async def start_main(env: dict[str, str], log: Path) -> asyncio.subprocess.Process:
    """main.py in the background, its output appended to ``log``."""
    with log.open("ab") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, str(MAIN), cwd=ROOT, env=env, stdout=out, stderr=out
        )


async def run_main(env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """main.py to its end (it is expected to stop by itself): exit code, stdout, stderr."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(MAIN),
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 30.0)
    return process.returncode or 0, stdout.decode(), stderr.decode()
