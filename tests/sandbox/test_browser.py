"""The sandbox in a real browser (headless Chromium through Playwright): a new Kyrgyz migrant
walks /start → language → a rights page → back, files a request with a photo; the operator finds
the new topic, takes the request, answers and closes it; the migrant sees the answer and rates it.

Screenshots go to test-artefacts/sandbox/; with SANDBOX_UPDATE_DOCS=1 the side-by-side one also
becomes docs/sandbox.png (the README's picture). Without a browser the test is skipped with one
line, unless SANDBOX_BROWSER_REQUIRED=1 (.ci/run sets it), which makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.content.tree import load_tree
from bot.i18n import I18n
from sandbox.world import STAFF_CHAT_ID
from tests.sandbox.conftest import Running

ROOT = Path(__file__).resolve().parents[2]
ARTEFACTS = ROOT / "test-artefacts" / "sandbox"
DOCS_PICTURE = ROOT / "docs" / "sandbox.png"
CHROMIUM = os.environ.get("SANDBOX_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT_MS = 30_000  # the outbox paces the staff chat as Telegram asks: 3 s a message
i18n = I18n.load("ru")
ky, ru = i18n.get("ky"), i18n.get("ru")


def _browser_or_skip() -> str:
    if Path(CHROMIUM).is_file():
        try:
            import playwright.async_api  # noqa: F401
        except ImportError:
            reason = "the playwright package is not installed"
        else:
            return CHROMIUM
    else:
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("SANDBOX_BROWSER_REQUIRED") == "1":
        pytest.fail(f"SANDBOX_BROWSER_REQUIRED=1 but {reason}")
    pytest.skip(f"browser test skipped: {reason}")


@pytest.fixture
async def page(running: Running) -> AsyncIterator[object]:
    executable = _browser_or_skip()
    from playwright.async_api import async_playwright

    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=ARGS)
        context = await browser.new_context(viewport={"width": 1280, "height": 800})
        page = await context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.set_default_timeout(WAIT_MS)
        yield page
        await browser.close()
    assert errors == [], errors


def png(width: int = 320, height: int = 200) -> bytes:
    """A valid PNG that looks like a printed page (grey lines on white), made here."""
    white, ink = b"\xff\xff\xfa", b"\x9a\xa0\xa6"
    rows = []
    for y in range(height):
        line = 20 <= y < height - 20 and y % 14 < 4
        width_of_line = width - 40 - (y * 37 % 90)
        pixels = [ink if line and 20 <= x < width_of_line else white for x in range(width)]
        rows.append(b"\x00" + b"".join(pixels))
    raw = zlib.compress(b"".join(rows))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    )


async def shot(page: object, name: str) -> None:
    await page.screenshot(path=str(ARTEFACTS / f"{name}.png"))  # type: ignore[attr-defined]


async def press(page: object, label: str) -> None:
    """Press the newest inline button with this label and wait until its spinner stopped."""
    button = page.locator(".kb-button", has_text=label).last  # type: ignore[attr-defined]
    await button.click()
    await page.locator(".kb-button.busy").first.wait_for(state="detached")  # type: ignore[attr-defined]


async def say(page: object, text: str) -> None:
    await page.fill("#input", text)  # type: ignore[attr-defined]
    await page.press("#input", "Enter")  # type: ignore[attr-defined]


async def see(page: object, text: str, selector: str = ".msg .text") -> None:
    await page.locator(selector, has_text=text).last.wait_for()  # type: ignore[attr-defined]


async def test_a_request_from_a_new_kyrgyz_migrant_to_its_rating(
    running: Running, page: object, tmp_path: Path
) -> None:
    p = page  # Playwright's Page (typed loosely: playwright is an optional test dependency)
    await p.goto(running.url + "/")
    await p.wait_for_selector("body.ready")
    await p.click("#new-user")
    await p.fill("#new-name", "Азамат")
    await p.select_option("#new-language", "ky")
    await p.click("#new-user-create")
    await p.wait_for_selector("#chat-name:has-text('Helpdesk')")

    await p.click("#menu-button")
    await p.click(".command-item:has-text('/start')")
    await see(p, ky("language-name-ky"), ".kb-button")
    await press(p, ky("language-name-ky"))
    await shot(p, "1-main-menu")

    section = load_tree().sections[0]
    await press(p, ky("menu-rights"))
    await press(p, ky(f"rights-section-{section.id}"))
    await press(p, ky(f"rights-page-{section.pages[0].id}-title"))
    await see(p, ky(f"rights-page-{section.pages[0].id}-title").split("<")[0][:20])
    await shot(p, "2-rights-page")
    await press(p, ky("common-button-back"))
    await see(p, ky(f"rights-page-{section.pages[1].id}-title"), ".kb-button")  # the section

    await file_request_with_photo(p, tmp_path)
    await shot(p, "3-receipt")
    await operator_answers(p)
    azamat = await migrant_rates(p)
    await side_by_side(p, running, azamat)
    await phone_sized(p, running, azamat)


async def file_request_with_photo(p: object, tmp_path: Path) -> None:
    await say(p, "/request")
    await press(p, ky("request-category-wages"))
    await press(p, ky("city-moscow"))
    await say(p, "Иш берүүчү эки айдан бери айлык төлөбөй жатат.")
    photo = tmp_path / "payslip.png"
    photo.write_bytes(png())
    await p.click("#attach")  # type: ignore[attr-defined]
    async with p.expect_file_chooser() as chooser:  # type: ignore[attr-defined]
        await p.click("[data-kind=photo]")  # type: ignore[attr-defined]
    await (await chooser.value).set_files(str(photo))
    await p.locator(".msg.out img.photo").last.wait_for()  # type: ignore[attr-defined]
    await press(p, ky("request-button-done"))
    await press(p, ky("request-button-chat-only"))
    await press(p, ky("request-button-consent"))
    await press(p, ky("request-button-submit"))
    await see(p, "№1")


async def operator_answers(p: object) -> None:
    await p.select_option("#who", "200001")  # type: ignore[attr-defined]
    await p.click(".chat-entry:has-text('Staff')")  # type: ignore[attr-defined]
    topic = p.locator(".chat-entry.topic", has_text="№1")  # type: ignore[attr-defined]
    await topic.wait_for()
    await topic.click()
    await see(p, ru("staff-button-take"), ".kb-button")
    await see(p, "", ".msg img.photo")  # the evidence, copied into the topic
    await press(p, ru("staff-button-take"))
    await say(p, "Саламатсызбы! Эмгек келишимиңиз барбы?")
    await see(p, "Саламатсызбы! Эмгек келишимиңиз барбы?")
    await press(p, ru("staff-button-close"))
    await see(p, ru("staff-button-reopen"), ".kb-button")
    await shot(p, "4-operator-topic")


async def migrant_rates(p: object) -> str:
    azamat = await p.locator("#who option", has_text="Азамат").get_attribute("value")  # type: ignore[attr-defined]
    assert azamat is not None
    await p.select_option("#who", azamat)  # type: ignore[attr-defined]
    await p.click(".chat-entry:has-text('Helpdesk')")  # type: ignore[attr-defined]
    await see(p, "Саламатсызбы! Эмгек келишимиңиз барбы?")
    await press(p, "5 ⭐")
    await see(p, ky("request-rated"))
    await shot(p, "5-rated")
    return str(azamat)


async def side_by_side(p: object, running: Running, azamat: str) -> None:
    """The README's picture: the migrant's chat and the request's topic, side by side."""
    (thread,) = [
        t for (_, t), topic in running.sandbox.fake.topics.items() if "№1" in topic["name"]
    ]
    left = urlencode({"as": azamat, "chat": azamat})
    right = urlencode({"as": 200001, "chat": STAFF_CHAT_ID, "thread": thread})
    await p.set_viewport_size({"width": 1600, "height": 900})  # type: ignore[attr-defined]
    await p.goto(f"{running.url}/duo?{urlencode({'left': left, 'right': right})}")  # type: ignore[attr-defined]
    for side in ("#left", "#right"):
        frame = p.frame_locator(side)  # type: ignore[attr-defined]
        await frame.locator(".msg .text", has_text="Эмгек келишимиңиз").last.wait_for()
    await shot(p, "6-side-by-side")
    if os.environ.get("SANDBOX_UPDATE_DOCS") == "1":
        shutil.copyfile(ARTEFACTS / "6-side-by-side.png", DOCS_PICTURE)


async def phone_sized(p: object, running: Running, azamat: str) -> None:
    """On a phone-sized window one pane shows at a time: the chat, with a way back."""
    await p.set_viewport_size({"width": 390, "height": 760})  # type: ignore[attr-defined]
    await p.goto(f"{running.url}/?{urlencode({'as': azamat, 'chat': azamat})}")  # type: ignore[attr-defined]
    await see(p, ky("request-rated"))
    assert await p.locator(".sidebar").is_hidden()  # type: ignore[attr-defined]
    await shot(p, "7-phone-chat")
    await p.click("#back")  # type: ignore[attr-defined]
    await p.locator(".chat-entry", has_text="Helpdesk").wait_for()  # type: ignore[attr-defined]
    assert await p.locator("#chat").is_hidden()  # type: ignore[attr-defined]
