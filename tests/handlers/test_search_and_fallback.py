"""Search, strange input outside a flow, errors, and the flood limit."""

import logging

import pytest

from bot.i18n import I18n
from bot.middlewares.throttling import ThrottlingMiddleware
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness

USER = 3003


async def test_search_finds_pages_in_the_users_language(harness: Harness, i18n: I18n) -> None:
    uz = i18n.get("uz")
    await harness.send(USER, "/menu", language_code="uz")
    await harness.press(USER, uz("menu-search"), language_code="uz")
    assert uz("search-prompt") in harness.screen(USER).text
    await harness.send(USER, "регистрация", language_code="uz")  # typed in Russian
    screen = harness.screen(USER)
    labels = [label for label, _ in screen.buttons]
    assert uz("rights-page-reg30-title") in labels
    await harness.press(USER, uz("rights-page-reg30-title"), language_code="uz")
    assert uz("rights-page-reg30-basis") in harness.screen(USER).text


async def test_search_stays_open_for_another_query(harness: Harness, i18n: I18n) -> None:
    en = i18n.get("en")
    await harness.send(USER, "/search", language_code="en")
    await harness.send(USER, "salary", language_code="en")
    await harness.send(USER, "police", language_code="en")
    labels = [label for label, _ in harness.screen(USER).buttons]
    assert en("rights-page-detained-title") in labels


async def test_search_command_with_words(harness: Harness, i18n: I18n) -> None:
    await harness.send(USER, "/search Амина", language_code="ru")
    labels = [label for label, _ in harness.screen(USER).buttons]
    assert i18n.get("ru")("rights-page-amina-title") in labels


async def test_nothing_found_says_so_and_offers_the_menu(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await harness.send(USER, "/search", language_code="ru")
    await harness.send(USER, "<script>qwxz & zzz</script>")
    screen = harness.screen(USER)
    assert "<script>qwxz & zzz</script>" in screen.text, "the query is escaped, shown intact"
    assert "&lt;script&gt;" in screen.html
    labels = [label for label, _ in screen.buttons]
    assert ru("menu-rights") in labels and ru("common-button-home") in labels


async def test_media_in_search_gets_a_hint(harness: Harness, i18n: I18n) -> None:
    await harness.send(USER, "/search", language_code="ru")
    await harness.feed(harness.fake.user_media(USER, kind="photo"))
    assert i18n.get("ru")("search-text-only") in harness.screen(USER).text


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice", "document", "location"])
async def test_media_outside_a_flow_gets_hint_and_menu(
    harness: Harness, i18n: I18n, kind: str
) -> None:
    await harness.feed(harness.fake.user_media(USER, kind=kind))
    screen = harness.screen(USER)
    assert i18n.get("ru")("common-hint") in screen.text
    assert i18n.get("ru")("menu-rights") in [label for label, _ in screen.buttons]


async def test_plain_text_and_unknown_command(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await harness.send(USER, "Здравствуйте, мне не платят зарплату")
    assert ru("common-hint") in harness.screen(USER).text
    await harness.send(USER, "/frobnicate")
    assert ru("common-unknown-command").split(".")[0] in harness.screen(USER).text


async def test_outdated_button(harness: Harness, i18n: I18n) -> None:
    await harness.send(USER, "/menu")
    await harness.press_data(USER, "old:button:from:2025")
    assert i18n.get("ru")("common-outdated-button") in harness.screen(USER).text


async def test_failure_is_reported_to_user_and_logged_without_text(
    harness: Harness, i18n: I18n, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Паспорт AN1234567 телефон +79001234567"
    await harness.send(USER, "/search", language_code="ky")
    harness.fake.fail_next("sendMessage", 400)  # a refusal that trying again would not mend
    with caplog.at_level(logging.DEBUG):
        await harness.send(USER, secret, language_code="ky")
    assert i18n.get("ky")("common-error") in harness.screen(USER).text
    assert "failed" in caplog.text
    assert "AN1234567" not in caplog.text and "79001234567" not in caplog.text


async def test_a_5xx_on_an_answer_is_tried_again_not_apologised_for(
    harness: Harness, i18n: I18n
) -> None:
    await harness.send(USER, "/search", language_code="ky")
    harness.fake.fail_next("sendMessage", 502, description="Bad Gateway")
    await harness.send(USER, "патент", language_code="ky")
    assert "патент" in harness.screen(USER).text, "the search result arrived after all"
    texts = [c.params.get("text", "") for c in harness.fake.sent_to(USER)]
    assert not any(i18n.get("ky")("common-error") in text for text in texts)


async def test_flood_is_slowed_politely_and_others_unaffected(
    start_harness: StartHarness, i18n: I18n
) -> None:
    clock = [1000.0]
    throttling = ThrottlingMiddleware(rate=3.0, burst=10.0, clock=lambda: clock[0])
    harness = await start_harness("flood.sqlite3", throttling=throttling)
    flooder, calm = 4004, 4005
    for _ in range(50):  # 50 messages in the same instant
        await harness.send(flooder, "/help")
    await harness.send(calm, "/help")
    slow_down = i18n.get("ru")("common-slow-down")
    to_flooder = [c for c in harness.fake.sent_to(flooder) if c.method == "sendMessage"]
    texts = [str(c.params.get("text")) for c in to_flooder]
    assert texts.count(slow_down) == 1, "one notice, not one per message"
    assert len(to_flooder) == 10 + 1, "the burst is answered, the rest dropped"
    assert i18n.get("ru")("help-text").split("\n")[0] in harness.screen(calm).html

    clock[0] += 5.0  # later, the flooder is served again
    await harness.send(flooder, "/menu")
    assert i18n.get("ru")("menu-rights") in [label for label, _ in harness.screen(flooder).buttons]


async def test_commands_work_inside_search(harness: Harness, i18n: I18n) -> None:
    ru = i18n.get("ru")
    await harness.send(USER, "/search")
    await harness.send(USER, "/emergency")
    assert "112" in harness.screen(USER).text
    await harness.send(USER, "/nonsense")
    assert ru("common-unknown-command").split(".")[0] in harness.screen(USER).text
    await harness.send(USER, "патент")  # still searching
    assert ru("rights-page-nopatent-title") in [label for label, _ in harness.screen(USER).buttons]
    await harness.send(USER, "/menu")
    await harness.send(USER, "патент")  # the menu ended the search
    assert ru("common-hint") in harness.screen(USER).text
