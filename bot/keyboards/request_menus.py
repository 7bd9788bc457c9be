"""Keyboards of the helpdesk: the request form, "My requests", privacy, and the staff card."""

from __future__ import annotations

from functools import cache

from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.content.cities import CITIES
from bot.content.request_categories import CATEGORIES
from bot.content.templates import TEMPLATES
from bot.db.requests import Request, RequestPage
from bot.i18n import Translator
from bot.keyboards.buttons import button, home_button
from bot.keyboards.callbacks import (
    AssignStep,
    CardAction,
    MyRequests,
    MyRequestsAction,
    MyRequestsPage,
    Privacy,
    PrivacyAction,
    RequestAssign,
    RequestCard,
    RequestForm,
    RequestFormStep,
    RequestRate,
    RequestStart,
    RequestTransfer,
    TemplatePick,
    ThreadChoice,
    TransferStep,
)
from bot.local_time import moscow_date

EDITABLE_FIELDS = ("category", "city", "text", "contact")


def _step(
    t: Translator, text_id: str, step: RequestFormStep, value: str = ""
) -> InlineKeyboardButton:
    return button(t(text_id), RequestForm(step=step, value=value).pack())


def _back_cancel(t: Translator) -> list[InlineKeyboardButton]:
    return [
        _step(t, "common-button-back", RequestFormStep.BACK),
        _step(t, "request-button-cancel", RequestFormStep.CANCEL),
    ]


@cache
def category_menu(t: Translator) -> InlineKeyboardMarkup:
    rows = [
        [_step(t, f"request-category-{category}", RequestFormStep.CATEGORY, category)]
        for category in CATEGORIES
    ]
    rows.append([_step(t, "request-button-cancel", RequestFormStep.CANCEL)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def city_menu(t: Translator) -> InlineKeyboardMarkup:
    cities = [
        _step(t, f"city-{city}", RequestFormStep.CITY, city) for city in CITIES if city != "other"
    ]
    rows = [cities[i : i + 2] for i in range(0, len(cities), 2)]
    rows.append(_back_cancel(t))
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def evidence_menu(t: Translator, has_content: bool) -> InlineKeyboardMarkup:
    rows = []
    if has_content:
        rows.append([_step(t, "request-button-done", RequestFormStep.DONE)])
    rows.append(_back_cancel(t))
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def contact_menu(t: Translator) -> InlineKeyboardMarkup:
    rows = [
        [_step(t, "request-button-chat-only", RequestFormStep.CHAT_ONLY)],
        [_step(t, "request-button-share-phone", RequestFormStep.PHONE)],
        _back_cancel(t),
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def phone_keyboard(t: Translator) -> ReplyKeyboardMarkup:
    """Telegram's own contact button: the number comes from Telegram, not typed."""
    button = KeyboardButton(text=t("request-button-send-phone"), request_contact=True)
    return ReplyKeyboardMarkup(
        keyboard=[[button]], resize_keyboard=True, one_time_keyboard=True, is_persistent=False
    )


@cache
def back_cancel_menu(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[_back_cancel(t)])


@cache
def consent_menu(t: Translator, privacy_url: str | None) -> InlineKeyboardMarkup:
    if privacy_url:
        full = InlineKeyboardButton(text=t("request-button-privacy"), url=privacy_url)
    else:
        full = _step(t, "request-button-privacy", RequestFormStep.PRIVACY)
    rows = [[_step(t, "request-button-consent", RequestFormStep.CONSENT)], [full], _back_cancel(t)]
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def summary_menu(t: Translator) -> InlineKeyboardMarkup:
    edits = [
        _step(t, f"request-button-edit-{field}", RequestFormStep.EDIT, field)
        for field in EDITABLE_FIELDS
    ]
    rows = [
        [_step(t, "request-button-submit", RequestFormStep.SUBMIT)],
        edits[:2],
        edits[2:],
        [_step(t, "request-button-cancel", RequestFormStep.CANCEL)],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


def start_button(t: Translator, category: str = "") -> InlineKeyboardButton:
    return button(t("menu-file-request"), RequestStart(category=category).pack())


def my_requests_button(t: Translator) -> InlineKeyboardButton:
    return button(t("menu-my-requests"), MyRequests(action=MyRequestsAction.LIST).pack())


@cache
def draft_menu(t: Translator, category: str = "") -> InlineKeyboardMarkup:
    """A request was set aside: continue it, start again, or cancel it."""
    rows = [
        [_step(t, "request-button-resume", RequestFormStep.RESUME)],
        [_step(t, "request-button-restart", RequestFormStep.RESTART, category)],
        [_step(t, "request-button-cancel", RequestFormStep.CANCEL)],
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def after_submit_menu(t: Translator) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[my_requests_button(t)], [home_button(t)]])


def my_requests_menu(t: Translator, page: RequestPage) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                t(
                    "request-list-item",
                    number=request.id,
                    status=t(f"request-status-{request.status}"),
                    date=t.date(moscow_date(request.created_at)),
                ),
                MyRequests(action=MyRequestsAction.OPEN, request_id=request.id).pack(),
            )
        ]
        for request in page.requests
    ]
    paging = _paging_row(t, page)
    if paging:
        rows.append(paging)
    rows.append([start_button(t)])
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _paging_row(t: Translator, page: RequestPage) -> list[InlineKeyboardButton]:
    row = []
    if page.requests and page.first > 1:
        newer = MyRequestsPage(newer_than=page.requests[0].id)
        row.append(button(t("request-button-page-prev"), newer.pack()))
    if page.requests and page.last < page.total:
        older = MyRequestsPage(older_than=page.requests[-1].id)
        row.append(button(t("request-button-page-next"), older.pack()))
    return row


def request_view_menu(
    t: Translator, request: Request, page_anchor: int = 0
) -> InlineKeyboardMarkup:
    """``page_anchor``: ``older_than`` of the list page the request is on (its Back button)."""
    rows = []
    if request.is_open:
        write = MyRequests(action=MyRequestsAction.WRITE, request_id=request.id)
        rows.append([button(t("request-button-write"), write.pack())])
    back = MyRequestsPage(older_than=page_anchor)
    rows.append([button(t("common-button-back"), back.pack())])
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def rating_menu(request_id: int) -> InlineKeyboardMarkup:
    buttons = [
        button(f"{score} ⭐", RequestRate(request_id=request_id, rating=score).pack())
        for score in range(1, 6)
    ]
    return InlineKeyboardMarkup(inline_keyboard=[buttons])


def thread_choice_menu(
    t: Translator, requests: list[Request], message_id: int
) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                t(
                    "request-choice-item",
                    number=r.id,
                    category=t(f"request-category-{r.category}"),
                ),
                ThreadChoice(request_id=r.id, message_id=message_id).pack(),
            )
        ]
        for r in requests
    ]
    rows.append([home_button(t)])
    return InlineKeyboardMarkup(inline_keyboard=rows)


@cache
def privacy_menu(t: Translator) -> InlineKeyboardMarkup:
    erase = button(t("privacy-button-erase"), Privacy(action=PrivacyAction.ERASE).pack())
    return InlineKeyboardMarkup(inline_keyboard=[[erase], [home_button(t)]])


@cache
def erase_confirm_menu(t: Translator) -> InlineKeyboardMarkup:
    confirm = button(t("privacy-button-confirm"), Privacy(action=PrivacyAction.CONFIRM).pack())
    keep = button(t("privacy-button-keep"), Privacy(action=PrivacyAction.SHOW).pack())
    return InlineKeyboardMarkup(inline_keyboard=[[confirm], [keep]])


def card_menu(t: Translator, request: Request, transfer: bool = False) -> InlineKeyboardMarkup:
    """The staff card's buttons for the request as it is now; ``transfer``: there is another
    team's staff chat to hand it to."""

    def action(text_id: str, what: CardAction) -> InlineKeyboardButton:
        return button(t(text_id), RequestCard(request_id=request.id, action=what).pack())

    if not request.is_open:
        return InlineKeyboardMarkup(
            inline_keyboard=[[action("staff-button-reopen", CardAction.REOPEN)]]
        )
    urgent = (
        action("staff-button-urgent-off", CardAction.URGENT_OFF)
        if request.urgent
        else action("staff-button-urgent-on", CardAction.URGENT_ON)
    )
    assign = button(
        t("staff-button-assign"),
        RequestAssign(request_id=request.id, step=AssignStep.LIST).pack(),
    )
    rows = [
        [action("staff-button-take", CardAction.TAKE), urgent],
        [assign, action("staff-button-close", CardAction.CLOSE)],
    ]
    if transfer:
        data = RequestTransfer(request_id=request.id, step=TransferStep.LIST)
        rows.append([button(t("staff-button-transfer"), data.pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


ASSIGN_SHOWN = 40  # operators listed on a card (two per row)
ASSIGN_LABEL = 30  # characters of a name on a button


def assign_menu(
    t: Translator, request_id: int, operators: list[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """The card's keyboard while choosing whom to hand the request to: ``operators`` as
    (user id, name), then Back to the card."""

    def pick(user_id: int, name: str) -> InlineKeyboardButton:
        data = RequestAssign(request_id=request_id, step=AssignStep.PICK, operator_id=user_id)
        return button(_short(name), data.pack())

    buttons = [pick(user_id, name) for user_id, name in operators[:ASSIGN_SHOWN]]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    back = RequestAssign(request_id=request_id, step=AssignStep.BACK)
    rows.append([button(t("common-button-back"), back.pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def assign_confirm_menu(
    t: Translator, request_id: int, operator_id: int, name: str
) -> InlineKeyboardMarkup:
    """Hand it to this operator, or back to the list."""
    confirm = RequestAssign(
        request_id=request_id, step=AssignStep.CONFIRM, operator_id=operator_id
    )
    back = RequestAssign(request_id=request_id, step=AssignStep.LIST)
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(t("staff-button-assign-confirm", name=_short(name)), confirm.pack())],
            [button(t("common-button-back"), back.pack())],
        ]
    )


def transfer_menu(
    t: Translator, request_id: int, chats: list[tuple[int, str]]
) -> InlineKeyboardMarkup:
    """The card's keyboard while choosing where to hand the request: ``chats`` as (staff
    chat, label), one per row, then Back to the card."""
    rows = [
        [
            button(
                label,
                RequestTransfer(
                    request_id=request_id, step=TransferStep.PICK, chat=-chat_id
                ).pack(),
            )
        ]
        for chat_id, label in chats
    ]
    back = RequestTransfer(request_id=request_id, step=TransferStep.BACK)
    rows.append([button(t("common-button-back"), back.pack())])
    return InlineKeyboardMarkup(inline_keyboard=rows)


def transfer_confirm_menu(
    t: Translator, request_id: int, chat_id: int, label: str
) -> InlineKeyboardMarkup:
    """Hand it to this chat's team, or back to the list."""
    confirm = RequestTransfer(request_id=request_id, step=TransferStep.CONFIRM, chat=-chat_id)
    back = RequestTransfer(request_id=request_id, step=TransferStep.LIST)
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [button(t("staff-button-transfer-confirm", institution=label), confirm.pack())],
            [button(t("common-button-back"), back.pack())],
        ]
    )


def _short(name: str) -> str:
    return name if len(name) <= ASSIGN_LABEL else name[: ASSIGN_LABEL - 1] + "…"


@cache
def templates_menu(t: Translator, request_id: int) -> InlineKeyboardMarkup:
    rows = [
        [
            button(
                t(f"template-{name}-title"),
                TemplatePick(request_id=request_id, template=name).pack(),
            )
        ]
        for name in TEMPLATES
    ]
    return InlineKeyboardMarkup(inline_keyboard=rows)
