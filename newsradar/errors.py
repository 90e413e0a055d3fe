"""The one exception tree of NewsRadar.

    NewsRadarError
    ├── ConfigError(file, key)      a config file or setting is wrong; fix and restart
    ├── ServiceUnavailableError     Kafka or Elasticsearch cannot be reached at start-up
    ├── TransientError              timeouts, broker or ES down: back off, retry, don't commit
    ├── PoisonError                 a record that can never be processed: dead-letter it, commit
    ├── FeedError(kind)             one feed failed (dns, timeout, http_4xx, http_5xx, too_large,
    │                               unsafe_xml, parse, blocked): recorded in feed health
    └── NotifyError(channel)        one notification channel failed; the outbox retries it

Library exceptions are translated where they enter (``raise ... from exc``) so
the runner can decide what happens next from the class alone.
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
