"""The one exception tree of NewsRadar.

    NewsRadarError
    ├── ConfigError(file, key)      a config file or setting is wrong; fix and restart
    ├── ServiceUnavailableError     Kafka or Elasticsearch cannot be reached at start-up
    ├── TransientError              timeouts, broker or ES down: back off, retry, don't commit
    ├── PoisonError                 a record that can never be processed: dead-letter it, commit
    ├── WorkerLostError             a process the stage works in died (the OOM killer): stop, commit nothing
    ├── StalledError                a one-shot drain gave up on transient failures, of a batch or of
    │                               reading Kafka, that lasted its time budget
    ├── FeedError(kind)             one feed failed (dns, timeout, http_4xx, http_5xx, too_large,
    │                               unsafe_xml, parse, blocked): recorded in feed health
    └── NotifyError(channel)        one notification channel failed; the outbox retries it

Library exceptions are translated where they enter (``raise ... from exc``) so
the runner can decide what happens next from the class alone. Elasticsearch's
are translated by ``es_error`` and ``es_item_error`` below, the one policy every
stage uses: a 400 that a record provokes must dead-letter that record, never
stall its partition in an endless retry.
"""
from __future__ import annotations


class NewsRadarError(Exception):
    """Base of every error NewsRadar raises on purpose."""


class ConfigError(NewsRadarError):
    def __init__(self, message: str, *, file: str | None = None, key: str | None = None):
        self.file = file
        self.key = key
        where = ": ".join(p for p in (file, key) if p)
        super().__init__(f"{where}: {message}" if where else message)


class ServiceUnavailableError(NewsRadarError):
    """A service the command needs is not reachable; the message says how to start it."""


class TransientError(NewsRadarError):
    """Worth retrying later: nothing is wrong with the record itself."""


class PoisonError(NewsRadarError):
    """The record itself is bad; retrying cannot help."""


class WorkerLostError(NewsRadarError):
    """A process the stage works in is gone: the fault is the machine's, not the records'.

    The runner stops at once without committing the batch; the restarted stage reads it again.
    """


class StalledError(NewsRadarError):
    """A one-shot drain gave up after ``drain_give_up_s`` of transient failures in a row, committing nothing.

    The failures of one batch and of reading Kafka count on one clock; the message blames the last.
    A failure that is the same for every record (an index made from an older template) is
    transient to a long-running stage, which waits for the operator; a run that must end
    ends with this instead, and the next run reads the batch again.
    """


class FeedError(NewsRadarError):
    KINDS = ("dns", "connect", "timeout", "http_4xx", "http_5xx", "rate_limited",
             "too_large", "unsafe_xml", "parse", "blocked", "redirect_loop")

    def __init__(self, kind: str, message: str, *, retry_after: float | None = None):
        if kind not in self.KINDS:
            raise ValueError(f"unknown feed error kind {kind!r}")
        self.kind = kind
        self.message = message
        self.retry_after = retry_after
        super().__init__(f"{kind}: {message}")

    def __reduce__(self):
        # Parse workers send errors back through pickle; the default would call
        # __init__ with the formatted text alone and fail.
        return (_feed_error, (self.kind, self.message, self.retry_after))


def _feed_error(kind: str, message: str, retry_after: float | None) -> FeedError:
    return FeedError(kind, message, retry_after=retry_after)


class NotifyError(NewsRadarError):
    def __init__(self, channel: str, message: str, *, retry_after: float | None = None,
                 permanent: bool = False):
        self.channel = channel
        self.retry_after = retry_after
        self.permanent = permanent
        super().__init__(f"{channel}: {message}")


# 401/403: credentials or privileges are wrong, which is the same for every record; dead-lettering
# them all would empty the stream into the DLQ while the operator fixes a setting.
_NOT_THE_RECORD = {401, 403}


def es_status_is_transient(status: int | None) -> bool:
    """429, 5xx (and no status at all) will pass on a later try; other 4xx will not."""
    return status is None or status == 429 or status >= 500 or status in _NOT_THE_RECORD


def es_reason(error) -> str:
    """``type: reason (caused by type: reason)`` from an Elasticsearch error body or bulk item error."""
    if isinstance(error, dict) and isinstance(error.get("error"), (dict, str)):
        error = error["error"]
    if not isinstance(error, dict):
        return str(error)[:500]
    text = f"{error.get('type')}: {error.get('reason')}"
    cause = error.get("caused_by")
    if isinstance(cause, dict):
        text += f" (caused by {cause.get('type')}: {cause.get('reason')})"
    return text[:1500]


def es_error(exc: Exception, what: str) -> NewsRadarError:
    """The error to raise for an exception of the Elasticsearch client while doing ``what``.

    Connection errors, timeouts, 429 and 5xx are ``TransientError``; a missing index
    (404 ``index_not_found_exception``) is too, because ``newsradar up`` fixes it for
    every record alike. Any other 4xx, and a document the client cannot serialise, is a
    ``PoisonError`` with Elasticsearch's reason. Callers handle 409 conflicts themselves.
    """
    from elasticsearch import ApiError, SerializationError  # noqa: PLC0415 - keeps this module light

    if isinstance(exc, SerializationError):
        return PoisonError(f"Elasticsearch {what}: cannot serialise the document: {str(exc)[:500]}")
    if not isinstance(exc, ApiError):
        return TransientError(f"Elasticsearch {what} failed: {exc.__class__.__name__}: {str(exc)[:300]}")
    return _by_status(exc.meta.status, es_reason(exc.body) if exc.body else str(exc)[:500], what)


def es_bulk_error(errors: list[dict], what: str) -> NewsRadarError:
    """One error for the failed items ``helpers.bulk`` returned: transient if any is, else the first poison."""
    mapped = [es_item_error(next(iter(e.values())), what) for e in errors]
    return next((m for m in mapped if isinstance(m, TransientError)), mapped[0])


def es_item_error(item: dict, what: str) -> NewsRadarError:
    """The same policy for one failed item of a bulk or msearch response (``{"status": ..., "error": ...}``).

    A bulk item names its index: a refusal that is the index's fault (an older mapping) then says
    which of the alias' backing indices to look at.
    """
    index = item.get("_index")
    return _by_status(item.get("status"), es_reason(item.get("error")), f"{what} in {index}" if index else what)


def _by_status(status: int | None, reason: str, what: str) -> NewsRadarError:
    if status == 404 and "index_not_found" in reason:
        return TransientError(f"Elasticsearch {what}: index missing (run `newsradar up`): {reason}")
    if status == 400 and "strict_dynamic_mapping" in reason:
        # A field this code writes that the index does not map yet: an index made from an older
        # template, the same for every record, so dead-lettering would empty the stream.
        return TransientError(f"Elasticsearch {what}: the index lacks a field (run `newsradar up` to apply "
                              f"the current templates): {reason}")
    if es_status_is_transient(status):
        return TransientError(f"Elasticsearch {what} failed ({status}): {reason}")
    return PoisonError(f"Elasticsearch refused {what} ({status}): {reason}")
