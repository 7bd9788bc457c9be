"""When a request's first answer is due: SLA_MINUTES (per category, urgent ones shorter),
counted within office hours.

A request is filed at 17:50 on a Friday, the office works mon-fri 09:00-18:00 and urgent ones
are due in 30 minutes: the answer is due on Monday at 09:20, not at 18:20 on Friday. The
moment is stored with the request when it is filed (and again when an operator marks it urgent
or not urgent before it was answered), so a change of the settings applies to requests filed
after it. What happens when it passes without an answer: bot/services/escalations.py.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.services.office_hours import OfficeHours

MAX_MINUTES = 30 * 24 * 60


@dataclass(frozen=True)
class AnswerDeadlines:
    """Minutes of office time until the first answer is due; 0: no deadline."""

    minutes: int = 240  # SLA_MINUTES: every request
    urgent_minutes: int = 30  # SLA_MINUTES_URGENT: an urgent one (its category, or marked 🔴)
    by_category: Mapping[str, int] = field(default_factory=dict)  # SLA_BY_CATEGORY

    def minutes_for(self, category: str, urgent: bool) -> int | None:
        """The category's own minutes (else SLA_MINUTES); an urgent request takes the urgent
        minutes if they are shorter. None: no deadline."""
        candidates = [self.by_category.get(category, self.minutes)]
        if urgent:
            candidates.append(self.urgent_minutes)
        set_ones = [minutes for minutes in candidates if minutes > 0]
        return min(set_ones) if set_ones else None

    def due_at(
        self,
        filed_at: datetime,
        category: str,
        urgent: bool,
        office_hours: OfficeHours | None,
    ) -> datetime | None:
        minutes = self.minutes_for(category, urgent)
        if minutes is None:
            return None
        if office_hours is None:  # always open
            return filed_at + timedelta(minutes=minutes)
        return office_hours.add_open_minutes(filed_at, minutes)
