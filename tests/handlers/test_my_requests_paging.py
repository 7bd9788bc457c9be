"""My requests pages through all of a user's requests (not only the last 20): Back and Next,
"11–20 of 47", the last page right, a request's Back to its own page, stale buttons."""

from __future__ import annotations

from datetime import timedelta

from bot.db.clock import utc_now
from bot.db.requests import NewRequest
from bot.i18n import Translator
from bot.keyboards.callbacks import MyRequestsPage
from tests.handlers.conftest import StartHarness
from tests.handlers.harness import Harness, Screen
from tests.handlers.test_requests import OTHER, STAFF, USER, helpdesk, ky, ru

MANY = 47


async def with_requests(harness: Harness, count: int, user: int = USER) -> list[int]:
    """``count`` requests of ``user`` as the form stores them, one a day; their numbers."""
    repository = harness.services.requests.requests
    start = utc_now() - timedelta(days=count)
    numbers = []
    async with harness.services.db.transaction() as conn:
        for day in range(count):
            new = NewRequest(user, "wages", "moscow", f"#{day}", None, False, STAFF)
            numbers.append(await repository.insert(conn, new, start + timedelta(days=day)))
    return numbers


def listed(screen: Screen) -> list[int]:
    """The request numbers the page's buttons show, in order."""
    return [int(label[1:].split(" ")[0]) for label, _ in screen.buttons if label.startswith("№")]


def page_line(t: Translator, first: int, last: int, total: int) -> str:
    span = {"from": str(first), "to": str(last), "total": str(total)}
    return t("request-list-page", **span)


async def test_47_requests_forward_to_the_last_page_and_back(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    numbers = await with_requests(harness, MANY)
    newest_first = numbers[::-1]
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/myrequests")

    for page in range(5):
        screen = harness.screen(USER)
        first, last = page * 10 + 1, min(page * 10 + 10, MANY)
        assert listed(screen) == newest_first[first - 1 : last], f"page {page + 1}"
        assert page_line(ru, first, last, MANY) in screen.text
        labels = [label for label, _ in screen.buttons]
        assert (ru("request-button-page-prev") in labels) == (page > 0)
        assert (ru("request-button-page-next") in labels) == (page < 4)
        if page < 4:
            await harness.press(USER, ru("request-button-page-next"))
    assert len(listed(harness.screen(USER))) == 7, "the last page holds the 7 oldest"
    assert listed(harness.screen(USER))[-1] == numbers[0]

    for page in range(3, -1, -1):
        await harness.press(USER, ru("request-button-page-prev"))
        first = page * 10 + 1
        assert listed(harness.screen(USER)) == newest_first[first - 1 : first + 9]
        assert page_line(ru, first, first + 9, MANY) in harness.screen(USER).text
    assert ru("request-button-page-prev") not in str(harness.screen(USER).buttons)


async def test_a_request_opened_on_page_3_goes_back_to_page_3(
    start_harness: StartHarness,
) -> None:
    harness = await helpdesk(start_harness)
    numbers = await with_requests(harness, MANY)
    await harness.services.users.set_locale(USER, "ky")
    await harness.send(USER, "/myrequests", language_code="ky")
    await harness.press(USER, ky("request-button-page-next"), language_code="ky")
    await harness.press(USER, ky("request-button-page-next"), language_code="ky")
    third = listed(harness.screen(USER))
    assert third == numbers[::-1][20:30]
    await harness.press(USER, f"№{third[4]} ", language_code="ky")
    view = harness.screen(USER)
    assert f"№{third[4]}" in view.text and listed(view) == [], "the request itself"
    await harness.press(USER, ky("common-button-back"), language_code="ky")
    assert listed(harness.screen(USER)) == third
    assert page_line(ky, 21, 30, MANY) in harness.screen(USER).text


async def test_stale_and_foreign_page_buttons(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    numbers = await with_requests(harness, 15)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/myrequests")
    first_page = listed(harness.screen(USER))
    # Only one request above it now: "Back" gives the first page, not a page of one.
    await harness.press_data(USER, MyRequestsPage(newer_than=numbers[-2]).pack())
    assert listed(harness.screen(USER)) == first_page
    # Nothing below the oldest (erased since, say): the first page again.
    await harness.press_data(USER, MyRequestsPage(older_than=numbers[0]).pack())
    assert listed(harness.screen(USER)) == first_page
    # Another person's button names ids that are not theirs: they see only their own.
    await harness.services.users.set_locale(OTHER, "ru")
    await harness.send(OTHER, "/myrequests")
    await harness.press_data(OTHER, MyRequestsPage(older_than=numbers[-1]).pack())
    assert harness.screen(OTHER).text == ru("request-list-empty")
    assert listed(harness.screen(OTHER)) == []


async def test_few_requests_show_no_paging(start_harness: StartHarness) -> None:
    harness = await helpdesk(start_harness)
    numbers = await with_requests(harness, 10)
    await harness.services.users.set_locale(USER, "ru")
    await harness.send(USER, "/myrequests")
    screen = harness.screen(USER)
    assert listed(screen) == numbers[::-1]
    assert page_line(ru, 1, 10, 10) not in screen.text, "no '1–10 of 10' line"
    labels = [label for label, _ in screen.buttons]
    assert ru("request-button-page-next") not in labels
    assert ru("request-button-page-prev") not in labels
