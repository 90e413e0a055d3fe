"""The JSON POST both Slack and the generic webhook make: status codes mapped to NotifyError.

429 and 5xx are retried (429 after its Retry-After); 4xx other than 429 are permanent.
"""
from __future__ import annotations

import json
import math

import httpx

from consumers.notifier.channels.base import Channel, Message, redact
from newsradar.errors import NotifyError

PERMANENT_STATUS = {400, 401, 403, 404, 405, 410, 413, 422}
# The receiver chooses Retry-After; "1e400" is infinity, which no timedelta can hold, and a
# week would park the alert past its use. An hour is the longest we wait on its word.
MAX_RETRY_AFTER_S = 3600.0


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    if math.isnan(seconds):
        return None
    return min(MAX_RETRY_AFTER_S, max(0.0, seconds))


class _JsonPost(Channel):
    url_setting = ""
    env_name = ""

    def __init__(self, settings, templates, timeout: float = 10.0):
        super().__init__(settings, templates)
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)

    def _url(self) -> str:
        secret = getattr(self.settings, self.url_setting)
        if secret is None:
            raise NotifyError(self.name, f"{self.env_name} is not set", permanent=True)
        return secret.get_secret_value()

    def render(self, alerts, rule, delivery_id, digest=False) -> Message:
        """The body is the channel's template (``templates/<name>.json.j2``) rendered and parsed."""
        return Message(self.name, delivery_id, body=json.loads(self.templates.render(self.name, rule, alerts, digest)))

    def _headers(self, message: Message) -> dict:
        return {"content-type": "application/json"}

    def send(self, message: Message) -> None:
        url = self._url()
        try:
            resp = self._client.post(url, content=json.dumps(message.body).encode(),
                                     headers=self._headers(message))
        except httpx.HTTPError as exc:
            # httpx messages may quote the URL, which is the secret
            raise NotifyError(self.name, redact(f"{exc.__class__.__name__}: {exc}", url)) from None
        if resp.status_code < 300:
            return
        detail = redact(resp.text[:200], url)
        if resp.status_code == 429:
            raise NotifyError(self.name, f"rate limited (429): {detail}", retry_after=_retry_after(resp))
        permanent = resp.status_code in PERMANENT_STATUS
        raise NotifyError(self.name, f"HTTP {resp.status_code}: {detail}", permanent=permanent,
                          retry_after=_retry_after(resp))

    def close(self) -> None:
        self._client.close()
