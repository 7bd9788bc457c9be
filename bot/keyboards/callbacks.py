"""Every CallbackData factory of the bot, in one place.

Short prefixes, ids rather than texts, enums for actions: each packs well under Telegram's
64-byte limit (a test packs the longest value of each).

Integers are ``Id``: ASCII digits within 64 bits, checked when the data is unpacked, so a
crafted or mutated button (an id past SQLite's range, "²", "1_0") does not match its filter and
gets "this button is out of date" instead of reaching a handler.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import BeforeValidator

from bot.validation import checked_id, parse_id

Id = Annotated[int, BeforeValidator(checked_id)]


class Screen(StrEnum):
    HOME = "h"
    RIGHTS = "r"
    SEARCH = "s"
    EMERGENCY = "e"
    LANGUAGE = "l"
    ANNOUNCEMENTS = "a"


class Nav(CallbackData, prefix="n"):
    """A top-level screen."""

    screen: Screen


class LanguageChoice(CallbackData, prefix="lang"):
    locale: str


class SectionOpen(CallbackData, prefix="sec"):
    section_id: str


class PageOpen(CallbackData, prefix="pg"):
    page_id: str
    part: Id = 0


class DeadlineAction(StrEnum):
    SHOW = "s"
    ENTRY = "e"
    CONTRACT = "c"  # asks first whether the contract ended early
    CONTRACT_EARLY = "ce"
    CONTRACT_TERM = "ct"
    MEDICAL = "m"
    DELETE = "d"


class Deadlines(CallbackData, prefix="dl"):
    """The personal deadlines screen and its actions."""

    action: DeadlineAction


class AnnouncementsSet(CallbackData, prefix="ann"):
    on: bool


class CityChoice(CallbackData, prefix="city"):
    """Where the user lives, for announcements about their city. Empty: show the list."""

    city: str = ""


class BroadcastAudience(CallbackData, prefix="bca"):
    audience: str  # "all", a locale code, or "e<event id>" (":" is the packing separator)

    @classmethod
    def of(cls, stored: str) -> BroadcastAudience:
        kind, _, value = stored.partition(":")
        short = {"all": "all", "locale": value, "event": f"e{value}", "city": f"c-{value}"}
        return cls(audience=short[kind])

    @property
    def stored(self) -> str:
        """As the database writes it: 'all', 'locale:<code>', 'event:<id>' or 'city:<id>'."""
        if self.audience == "all":
            return "all"
        if self.audience.startswith("e") and parse_id(self.audience[1:]) is not None:
            return f"event:{self.audience[1:]}"
        if self.audience.startswith("c-"):
            return f"city:{self.audience[2:]}"
        return f"locale:{self.audience}"


class BroadcastStep(StrEnum):
    SEND_NOW = "n"
    SCHEDULE = "s"
    CANCEL = "c"


class BroadcastConfirm(CallbackData, prefix="bcc"):
    step: BroadcastStep


class BroadcastAction(StrEnum):
    PAUSE = "p"
    RESUME = "r"
    CANCEL = "c"


class BroadcastControl(CallbackData, prefix="bcx"):
    broadcast_id: Id
    action: BroadcastAction


class EventAction(StrEnum):
    LIST = "l"
    OPEN = "o"
    REGISTER = "r"
    UNREGISTER = "u"
    CALENDAR = "c"


class Events(CallbackData, prefix="ev"):
    """The events list, one event, and what a migrant does with it."""

    action: EventAction
    event_id: Id = 0


class EventFormStep(StrEnum):
    BACK = "b"
    CANCEL = "c"
    CREATE = "ok"
    MORE_LANGUAGES = "ml"
    NO_LIMIT = "nl"
    NO_SLOTS = "ns"


class EventForm(CallbackData, prefix="ef"):
    """Buttons of the admin's new-event form; ``value`` carries a kind, locale or zone key."""

    step: EventFormStep | None = None
    value: str = ""


class EventAdmin(CallbackData, prefix="ea"):
    """An admin's action on an existing event: ask to cancel it, or confirm."""

    event_id: Id
    confirm: bool = False


class EventField(StrEnum):
    WHEN = "w"
    PLACE = "p"
    CAPACITY = "c"
    TEXT = "t"
    SLOTS = "s"


class EventEdit(CallbackData, prefix="ee"):
    """An admin edits one field of an existing event."""

    event_id: Id
    field: EventField


class AppointmentAction(StrEnum):
    TIMES = "t"  # the free times (a page of them)
    PICK = "p"  # a time chosen: ask the matter, or move there
    CONSENT = "ok"  # agreed: book
    CANCEL = "x"  # cancel my appointment
    ABORT = "a"  # leave the booking, nothing booked
    CALENDAR = "c"


class Appointments(CallbackData, prefix="ap"):
    """A migrant books, moves or cancels a time at a reception; ``at`` is the time in Unix
    seconds (not an index: an admin may change the times under an old button)."""

    action: AppointmentAction
    event_id: Id
    at: Id = 0
    page: Id = 0


class DeskAction(StrEnum):
    LIST = "l"  # the reception's appointments (a page)
    OPEN = "o"  # one appointment
    CAME = "c"  # came (a set, not a toggle: a double tap changes nothing)
    NOT_CAME = "n"  # a wrong "came" undone
    REQUEST = "r"  # turn into a request: choose its topic
    CATEGORY = "k"  # the topic chosen: open the request


class AppointmentDesk(CallbackData, prefix="ad"):
    """An admin's view of a reception's appointments. Grants nothing: the admin filter is
    checked on every press."""

    action: DeskAction
    event_id: Id = 0
    appointment_id: Id = 0
    page: Id = 0
    category: str = ""


class RequestFormStep(StrEnum):
    CATEGORY = "cat"
    CITY = "city"
    DONE = "done"  # no more evidence: go on to the contact step
    CHAT_ONLY = "chat"
    PHONE = "phone"
    CONSENT = "ok"
    PRIVACY = "priv"
    SUBMIT = "send"
    EDIT = "edit"
    BACK = "back"
    CANCEL = "x"
    RESUME = "resume"  # continue the draft set aside (bot/handlers/drafts.py)
    RESTART = "new"  # forget the draft and start again (value: a preselected category)


class RequestForm(CallbackData, prefix="rf"):
    """Buttons of the request form; ``value`` is a category, a city id or a field to edit."""

    step: RequestFormStep
    value: str = ""


class RequestStart(CallbackData, prefix="rs"):
    """'File a request', optionally about a category (from a rights page's footer)."""

    category: str = ""


class MyRequestsAction(StrEnum):
    LIST = "l"
    OPEN = "o"
    WRITE = "w"


class MyRequests(CallbackData, prefix="mr"):
    action: MyRequestsAction
    request_id: Id = 0


class MyRequestsPage(CallbackData, prefix="mrp"):
    """A page of "My requests": the requests below id ``older_than`` (Next), or the page just
    above ``newer_than`` (Back); keyset paging, so a new request does not shift the page."""

    older_than: Id = 0
    newer_than: Id = 0


class RequestRate(CallbackData, prefix="rr"):
    request_id: Id
    rating: Id


class ThreadChoice(CallbackData, prefix="rt"):
    """Which open request a message written outside a menu belongs to."""

    request_id: Id
    message_id: Id


class PrivacyAction(StrEnum):
    SHOW = "s"
    ERASE = "e"
    CONFIRM = "c"


class Privacy(CallbackData, prefix="pv"):
    action: PrivacyAction


class CardAction(StrEnum):
    TAKE = "t"
    URGENT_ON = "u"
    URGENT_OFF = "n"
    CLOSE = "c"
    REOPEN = "o"


class RequestCard(CallbackData, prefix="rc"):
    """A button on a request's card in the staff chat. Grants nothing: the role of whoever
    pressed it is checked every time."""

    request_id: Id
    action: CardAction


class TemplatePick(CallbackData, prefix="tp"):
    request_id: Id
    template: str


class HandOverStep(StrEnum):
    """Handing a request on from its card, to an operator or to a partner team."""

    LIST = "l"  # whom to: the chat's operators by name, or the other staff chats
    PICK = "p"  # one was chosen: ask to confirm
    CONFIRM = "c"  # hand it over
    BACK = "b"  # the card's own buttons again


AssignStep = HandOverStep
TransferStep = HandOverStep


class RequestAssign(CallbackData, prefix="ra"):
    """Handing a request to another operator from its card. Grants nothing: who pressed, and
    whom they chose, are checked against this staff chat's roles every time."""

    request_id: Id
    step: HandOverStep
    operator_id: Id = 0


class RequestTransfer(CallbackData, prefix="rx"):
    """Handing a request to another team's staff chat from its card. ``chat`` is that chat's
    id without its minus sign (a group's id is negative; ``Id`` holds digits only). Grants
    nothing: who pressed, and the chat chosen, are checked every time."""

    request_id: Id
    step: HandOverStep
    chat: Id = 0

    @property
    def chat_id(self) -> int:
        return -self.chat
