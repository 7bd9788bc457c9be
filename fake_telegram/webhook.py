"""Webhooks as Telegram runs them: setWebhook/deleteWebhook/getWebhookInfo, and delivery.

While a webhook is set, getUpdates is refused (409 Conflict) and every pending update is POSTed
to the webhook's URL as JSON, with the header ``X-Telegram-Bot-Api-Secret-Token`` when a secret
was given. An update leaves the queue only when the bot answers 2xx; any other answer, a
refused connection or no answer within ``timeout`` is recorded (getWebhookInfo's
``last_error_date`` and ``last_error_message``) and the update is delivered again after
``retry_delay`` seconds, before anything newer. Deleting the webhook (without
drop_pending_updates) leaves the queue to getUpdates.

The fake delivers one update at a time, in order (Telegram may open up to max_connections at
once). It never leaves the machine: a webhook URL is https://, as Telegram demands, and the
test says where its requests really go with :meth:`WebhookDelivery.route` (the loopback
address the bot listens on, as a reverse proxy in front of the bot would). A URL with no
route is never reached, as an unresolvable host would be.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from .objects import JsonDict
from .store import UpdateQueue

__all__ = ["Delivery", "WebhookDelivery", "WebhookState", "webhook_problem"]

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
WEBHOOK_PORTS = (443, 80, 88, 8443)
_SECRET_CHARACTERS = re.compile(r"[A-Za-z0-9_-]*")
GET_UPDATES_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active;"
    " use deleteWebhook to delete the webhook first"
)


@dataclass
class WebhookState:
    """What setWebhook set (an empty ``url``: no webhook, getUpdates works)."""

    url: str = ""
    secret_token: str | None = None
    allowed_updates: list[str] | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None

    def set(
        self,
        url: str,
        *,
        secret_token: str | None,
        allowed_updates: list[str] | None,
        max_connections: int = 40,
    ) -> None:
        """setWebhook (an empty ``url``: deleteWebhook); the last error is forgotten."""
        self.url = url
        self.secret_token = secret_token
        self.allowed_updates = allowed_updates
        self.max_connections = max_connections
        self.last_error_date = self.last_error_message = None

    def info(self, pending: int) -> JsonDict:
        """getWebhookInfo's WebhookInfo."""
        info: JsonDict = {
            "url": self.url,
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }
        if self.url:
            info["max_connections"] = self.max_connections
            if self.allowed_updates is not None:
                info["allowed_updates"] = list(self.allowed_updates)
        if self.last_error_date is not None:
            info["last_error_date"] = self.last_error_date
            info["last_error_message"] = self.last_error_message
        return info


def webhook_problem(params: dict[str, Any]) -> str | None:
    """Telegram's refusal of a setWebhook call ("Bad Request: ..."), if it refuses it."""
    url = str(params["url"])
    problem = _url_problem(url) if url else None
    secret = params.get("secret_token")
    if problem is None and secret is not None:
        problem = _secret_problem(str(secret))
    connections = params.get("max_connections")
    if problem is None and connections is not None and not 1 <= int(connections) <= 100:
        problem = "Bad Request: max_connections must be between 1 and 100"
    return problem


def _url_problem(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port or 443
    except ValueError:
        return "Bad Request: invalid webhook URL specified"
    if parts.scheme != "https" or not parts.hostname:
        return "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    if port not in WEBHOOK_PORTS:
        return "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443"
    return None


def _secret_problem(secret: str) -> str | None:
    if len(secret) > 256:
        return "Bad Request: secret token is too long"
    if not _SECRET_CHARACTERS.fullmatch(secret):
        return "Bad Request: secret token contains unallowed characters"
    return None


@dataclass(frozen=True)
class Delivery:
    """One POST of an update to the webhook: the answer's status, or None when there was none
    (connection refused, timeout, no route), and what Telegram would record then."""

    update_id: int
    status: int | None
    error: str | None
    at: float
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class WebhookDelivery:
    """POSTs pending updates to the webhook while one is set (started by FakeTelegram)."""

    def __init__(
        self,
        state: WebhookState,
        updates: UpdateQueue,
        *,
        retry_delay: float = 1.0,
        timeout: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.state = state
        self.updates = updates
        self.retry_delay = retry_delay
        self.timeout = timeout
        self.clock = clock
        #: Every POST made, in order.
        self.deliveries: list[Delivery] = []
        self._routes: dict[str, str] = {}
        self._answers_to_lose = 0
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    def route(self, public_url: str, local_url: str) -> None:
        """Tests only: requests to the webhook ``public_url`` (https://, as given to
        setWebhook) go to ``local_url`` (http://127.0.0.1:PORT/path, where the bot listens)."""
        if not local_url.startswith("http://127.0.0.1:"):
            raise ValueError(f"a route goes to the loopback address, not {local_url!r}")
        self._routes[public_url] = local_url

    def lose_next_answer(self, count: int = 1) -> None:
        """The bot's answer to the next ``count`` deliveries never reaches 'Telegram' (the
        connection breaks after the bot answered): the update is delivered again."""
        self._answers_to_lose += count

    def accepted(self, update_id: int) -> int:
        """How many deliveries of ``update_id`` the bot answered 2xx (lost answers included)."""
        return sum(1 for d in self.deliveries if d.update_id == update_id and d.ok)

    # --- the loop --------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="fake-webhook-delivery")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _run(self) -> None:
        while True:
            if not self.state.url or not self.updates.pending:
                await self.updates.changed()
                continue
            update = self.updates.pending[0]
            delivery = await self._post(update)
            self.deliveries.append(delivery)
            if delivery.ok and self._answers_to_lose > 0:
                self._answers_to_lose -= 1
                delivery = Delivery(
                    delivery.update_id, None, "Connection reset by peer", delivery.at
                )
            if delivery.ok:
                self.updates.remove(update["update_id"])
                continue
            self.state.last_error_date = int(time.time())
            self.state.last_error_message = delivery.error
            await asyncio.sleep(self.retry_delay)

    async def _post(self, update: JsonDict) -> Delivery:
        update_id = int(update["update_id"])
        at = self.clock()
        target = self._routes.get(self.state.url)
        if target is None:
            return Delivery(update_id, None, "Failed to resolve host: no route (fake)", at)
        headers = {"Content-Type": "application/json"}
        if self.state.secret_token:
            headers[SECRET_HEADER] = self.state.secret_token
        if self._session is None:
            self._session = aiohttp.ClientSession()
        try:
            async with self._session.post(
                target,
                data=json.dumps(update, ensure_ascii=False).encode(),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                allow_redirects=False,
            ) as response:
                await response.read()
                status, reason = response.status, response.reason or ""
        except TimeoutError:
            return Delivery(update_id, None, "Read timeout expired", at, headers)
        except aiohttp.ClientError:
            return Delivery(update_id, None, "Connection refused", at, headers)
        error = (
            None if 200 <= status < 300 else f"Wrong response from the webhook: {status} {reason}"
        )
        return Delivery(update_id, status, error, at, headers)
