"""The webhook sender: a thread of the API process that POSTs watches' new deliveries.

Each due delivery, claimed by this sender (`graph.watches.claim_webhooks`), is POSTed as JSON
to its watch's URL with `X-Newsgraph-Delivery: <delivery id>` (the same on every retry, for
the receiver to drop repeats) and `X-Newsgraph-Signature: sha256=<hex HMAC-SHA256 of the
body with the watch's secret>`. A 2xx answer marks it sent; anything else (a refused
connection, a timeout, another status) is counted on the watch with its reason and retried
after 1, 2, 4, ... times NEWSGRAPH_API_WEBHOOK_RETRY_SECONDS, up to
NEWSGRAPH_API_WEBHOOK_MAX_ATTEMPTS attempts.

A watch's URL comes from a write-key holder, so like fetching (ingest.read.fetch) a webhook
reaches public addresses only, checked when connecting, after DNS; redirects are not
followed (a 3xx is a failed attempt). A refused address shows on the watch as its
`last_error` ("refused: ..."). NEWSGRAPH_FETCH_ALLOW_PRIVATE=1 lifts this for a trusted
network.
"""

import hashlib
import hmac
import json
import logging
import threading
from datetime import timedelta

import httpx

from api.deps import GraphHandle
from api.settings import ApiSettings
from graph.errors import Neo4jUnavailable
from graph.watches import DueWebhook, claim_webhooks, record_webhook
from ingest.read.fetch import AddressRefused, guarded_transport

log = logging.getLogger(__name__)

_ROUND = 10  # deliveries claimed at a time
_IDLE_POLLS = 8  # the longest wait of an idle sender, in poll intervals


def signature(secret: str, body: bytes) -> str:
    """The X-Newsgraph-Signature of a body: `sha256=` and the hex HMAC-SHA256 with `secret`."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class WebhookSender:
    """POST due deliveries every poll interval (less often while there are none) until `stop()`."""

    def __init__(self, graph: GraphHandle, *, database: str, settings: ApiSettings) -> None:
        self._graph = graph
        self._database = database
        self._settings = settings
        self._stopping = threading.Event()
        # No proxy from the environment and no redirects: the URL is the receiver.
        self._client = httpx.Client(
            timeout=settings.webhook_timeout_seconds,
            trust_env=False,
            follow_redirects=False,
            transport=guarded_transport(),
        )
        self._thread = threading.Thread(target=self._run, name="webhooks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=self._settings.webhook_timeout_seconds + 5)
        self._client.close()

    def _run(self) -> None:
        poll = self._settings.watch_poll_seconds
        wait = poll
        while not self._stopping.wait(wait):
            tried = 0
            try:
                tried = self.send_due()
            except Neo4jUnavailable as e:
                log.warning("webhooks wait for Neo4j: %s", e)
            except Exception:
                # The sender outlives a bad round: the deliveries stay due for the next one.
                log.exception("a round of webhooks failed")
            # Idle, the sender waits twice as long after each empty round, up to _IDLE_POLLS
            # polls: an API without webhooks to send costs Neo4j a claim every few seconds
            # per worker, not every second.
            wait = poll if tried else min(2 * wait, _IDLE_POLLS * poll)

    def send_due(self) -> int:
        """POST every due delivery once; return how many were tried."""
        driver = self._graph.ready_driver()
        # The lease outlasts the round's POSTs at their timeout: no claim runs out mid-round.
        lease = timedelta(seconds=_ROUND * self._settings.webhook_timeout_seconds + 30)
        due = claim_webhooks(driver, database=self._database, lease=lease, limit=_ROUND)
        for item in due:
            error = self._post(item)
            last = item.attempts + 1 >= self._settings.webhook_max_attempts
            retry_in = None
            if error is not None and not last:
                retry_in = timedelta(
                    seconds=self._settings.webhook_retry_seconds * 2**item.attempts
                )
            if error is not None:
                log.warning("webhook %s failed: %s", item.delivery.id, error)
            record_webhook(
                driver, item.delivery.id, database=self._database, error=error, retry_in=retry_in
            )
        return len(due)

    def _post(self, item: DueWebhook) -> str | None:
        """POST one delivery; None when the receiver took it, else the reason."""
        payload = {
            "id": item.delivery.id,
            "watch": {"id": item.delivery.watch_id, "name": item.watch_name},
            "created_at": item.delivery.created_at.isoformat(),
            "event": item.delivery.event.model_dump(mode="json"),
        }
        body = json.dumps(payload).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Newsgraph-Delivery": item.delivery.id,
            "X-Newsgraph-Signature": signature(item.secret, body),
        }
        try:
            response = self._client.post(item.url, content=body, headers=headers)
        except AddressRefused as e:
            return str(e)
        except httpx.HTTPError as e:
            return f"{type(e).__name__}: {e}"
        if not response.is_success:
            return f"HTTP {response.status_code}"
        return None
