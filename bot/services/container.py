"""``Services``: the long-lived objects of one bot (its database, translations, content and
domain services), built once by ``bot.app.open_services``. Handlers receive them by parameter
name from the Dispatcher (``as_workflow_data``); each scheduled job is given the one it needs
(``bot.scheduler``). A new service is a new field here and a line in ``open_services``."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from bot.content.tree import Tree
from bot.db.connection import Database
from bot.fsm_storage import SQLiteStorage
from bot.i18n import I18n
from bot.services.appointments import AppointmentService
from bot.services.broadcasts import BroadcastPlanner
from bot.services.case_files import CaseFileService
from bot.services.deadlines import DeadlineService
from bot.services.escalations import EscalationService
from bot.services.events import EventService
from bot.services.report import ReportService
from bot.services.request_stats import RequestStatsService
from bot.services.requests import HelpdeskSettings, RequestService
from bot.services.rights import RightsService
from bot.services.staff import StaffService
from bot.services.transfers import TransferService
from bot.services.users import UserService

#: Given to the Dispatcher as its own ``storage`` (FSM), not as workflow data.
NOT_WORKFLOW_DATA = frozenset({"storage"})


@dataclass(frozen=True)
class Services:
    db: Database
    i18n: I18n
    tree: Tree
    users: UserService
    rights: RightsService
    storage: SQLiteStorage
    deadlines: DeadlineService
    broadcast_planner: BroadcastPlanner
    events: EventService
    requests: RequestService
    staff: StaffService
    request_stats: RequestStatsService
    helpdesk: HelpdeskSettings
    reports: ReportService
    escalations: EscalationService
    case_files: CaseFileService
    appointments: AppointmentService
    transfers: TransferService

    def as_workflow_data(self) -> dict[str, Any]:
        """What handlers, filters and middlewares may ask for by parameter name: every field
        under its own name, and ``staff_t``, the staff chats' translator (default locale)."""
        data = {
            field.name: getattr(self, field.name)
            for field in fields(self)
            if field.name not in NOT_WORKFLOW_DATA
        }
        data["staff_t"] = self.i18n.get(self.i18n.default_locale)
        return data
