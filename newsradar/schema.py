"""The messages that travel between stages: the one contract of the pipeline.

feed -> ``Article`` on news.raw -> ``EnrichedArticle`` on news.enriched
-> ``AlertEvent`` on news.alerts.

Every record carries ``schema_version``. A consumer accepts records of its own
version or older and rejects newer ones as poison, naming both versions, so a
mixed fleet never guesses. Bump ``SCHEMA_VERSION`` whenever a field is added
(unknown fields are refused, so an older consumer could not read it anyway).
Every field added after version 1 has a default, which is what lets an older
record be read; a field that changes meaning needs a new name.

Version 2 added, all optional: the dateline, a claim's speaker role,
organisation and resolution, its cited source and source kind, and its
claim cluster id. Version 3 added a claim's ``lemmas`` (optional: the indexer
lemmatises a claim that comes without them). Version 4 added the article's
``index_documents`` and their ``doc_hash`` (optional: the indexer builds them
for a record that comes without them; ``newsradar.index_documents``). Version 5 added a
number's ``measures`` (optional: matching compares figures as before when either lacks it).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from types import UnionType
from typing import Annotated, Literal, Union, get_args, get_origin

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsradar.errors import PoisonError

SCHEMA_VERSION = 5
# Strict: lax validation would read "2" as version 2 and true as version 1, and a version must be said plainly.
SchemaVersion = Annotated[int, Field(strict=True)]


class _Message(BaseModel):
    # Unknown fields are refused so that a typo in a producer is a poison record,
    # not a silently dropped value.
    model_config = ConfigDict(extra="forbid")

    def __reduce__(self):
        # The enricher's spaCy process sends back some 40 messages an article as a pickle. Pydantic's
        # own __getstate__/__setstate__ pair builds and reads a state dict per message, a third of the
        # unpickling the enricher's parent did (0.2 ms an article); this restores the same attributes.
        return _unpickled, (type(self), self.__dict__, self.__pydantic_fields_set__, self.__pydantic_extra__,
                            self.__pydantic_private__)


def _unpickled(cls: type[_Message], values: dict, fields_set: set, extra: dict | None,
               private: dict | None) -> _Message:
    msg = cls.__new__(cls)
    object.__setattr__(msg, "__dict__", values)
    object.__setattr__(msg, "__pydantic_fields_set__", fields_set)
    object.__setattr__(msg, "__pydantic_extra__", extra)
    object.__setattr__(msg, "__pydantic_private__", private)
    return msg


def article_id_for(canonical_url: str) -> str:
    """The article's identity: Kafka key, ES ``_id`` and dedupe key at once."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()


class Article(_Message):
    """A normalised feed item, as the producer publishes it on news.raw."""

    schema_version: SchemaVersion = SCHEMA_VERSION
    article_id: str
    version: int = Field(1, ge=1, description="1 for a new article, +1 for each changed body")
    url: str
    canonical_url: str
    guid: str | None = None
    outlet: str
    feed_id: str
    feed_url: str
    title: str
    summary: str = ""
    body: str = ""
    authors: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    published_at: datetime
    published_at_estimated: bool = Field(False, description="feed gave no date: fetched time used")
    fetched_at: datetime
    language: str | None = None
    content_hash: str = Field(description="sha256 of title+summary+body, detects updates")

    @property
    def text(self) -> str:
        """The text enrichment reads: title, then the body (or the summary when no body)."""
        return "\n\n".join(p for p in (self.title, self.body or self.summary) if p)


class Span(_Message):
    start: int
    end: int


class Mention(_Message):
    text: str
    start: int
    end: int


EntityLabel = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW",
                      "PRODUCT", "WORK_OF_ART", "LANGUAGE", "MONEY", "PERCENT", "QUANTITY", "DATE", "HANDLE"]
ENTITY_LABELS: tuple[str, ...] = get_args(EntityLabel)


class Entity(_Message):
    label: EntityLabel
    canonical: str
    mentions: list[Mention] = Field(default_factory=list)
    count: int = 1
    in_title: bool = False


class Number(_Message):
    text: str
    value: float
    unit: str | None = Field(None, description="ISO currency (USD), a currency letter no country decided ('R', 'P'), "
                                               "'percent', or a unit word")
    start: int
    end: int
    approximate: bool = Field(False, description="vague amount: 'tens of billions' -> 1e10, 'about 5,000'")
    measures: str | None = Field(None, description="lemma of what the figure counts or the change it states: "
                                                   "'home' in '40,000 homes', 'rise' in 'rose 5%'; None: unclear")


ClaimKind = Literal["direct", "indirect", "mixed", "assertion"]
SpeakerType = Literal["PERSON", "ORG", "NORP", "GPE", "DOCUMENT", "AUTHOR", "PRONOUN"]
SourceKind = Literal["official", "person", "media", "social", "document", "anonymous", "author"]
SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)


class Claim(_Message):
    claim_id: str = Field(description="sha256(article_id, ordinal): stable across re-enrichment")
    kind: ClaimKind
    speaker: str | None = None
    speaker_resolved: str | None = None
    speaker_type: SpeakerType
    addressee: str | None = None
    speaker_role: str | None = Field(None, description="the role a speaker phrase names: 'defence minister'")
    speaker_org: str | None = Field(None, description="the organisation or place the role belongs to: 'Australia'")
    resolution: str | None = Field(None, description="how the speaker was chosen, for an editor to check")
    cue: str | None = None
    cue_lemma: str | None = None
    content: str
    sentence: Span
    cue_span: Span | None = None
    speaker_span: Span | None = None
    content_span: Span
    numbers: list[Number] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list, description="canonical names inside the content")
    hedged: bool = False
    negated: bool = False
    rule: str
    confidence: float = Field(ge=0.0, le=1.0)
    cited_source: str | None = Field(None, description="the origin the claim names: 'a Telegram channel'")
    source_kind: SourceKind | None = Field(None, description="what kind of source that origin is")
    cluster_id: str | None = Field(None, description="the same statement across articles and outlets")
    # Filled by the enricher so the indexer, bound by its own Python, does not lemmatise every claim again.
    lemmas: str | None = Field(None, description="newsradar.lemmas.lemmatise(content); None: not carried")


def claim_id_for(article_id: str, ordinal: int) -> str:
    return hashlib.sha256(f"{article_id}:{ordinal}".encode()).hexdigest()


class Keyphrase(_Message):
    text: str
    lemma: str
    score: float


class Dateline(_Message):
    """'WASHINGTON (AP) —': where and by which agency a story was filed; never a speaker."""

    text: str
    place: str
    agency: str | None = None
    start: int
    end: int


class Enrichment(_Message):
    language: str | None
    enriched: bool = Field(description="False when no model was applied (e.g. unsupported language)")
    skipped_reason: str | None = None
    model: str | None = None
    model_version: str | None = None
    dateline: Dateline | None = None
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    keyphrases: list[Keyphrase] = Field(default_factory=list)
    lemmas: str = Field("", description="lemmatised title and body, for word-form search")


class EnrichedArticle(_Message):
    schema_version: SchemaVersion = SCHEMA_VERSION
    article: Article
    enrichment: Enrichment
    story_id: str | None = Field(None, description="same story across outlets, in other words")
    near_duplicate_of: str | None = Field(
        None, description="article_id of the first copy of the same wire text (syndication)")
    # Built by the enricher, whose spaCy time dwarfs it, so the indexer, bound by its own Python, need not.
    index_documents: str | None = Field(
        None, description="the news-articles document, then each claim's news-claims document, one JSON a line")
    doc_hash: str | None = Field(None, description="the hash of index_documents as the indexer stores it")


AlertStatus = Literal["firing", "escalated"]


class AlertEvent(_Message):
    """One firing (or escalation) of a rule for one group and window."""

    schema_version: SchemaVersion = SCHEMA_VERSION
    alert_id: str = Field(description="stable key: rule, group and window")
    rule: str
    rule_type: str
    status: AlertStatus
    revision: int = Field(1, ge=1, description="1 when first fired, +1 per escalation")
    group: str = ""
    window_start: datetime
    window_end: datetime
    first_seen: datetime
    last_seen: datetime
    outlets: list[str]
    article_ids: list[str]
    headline: str
    links: list[str] = Field(default_factory=list)
    top_claims: list[dict] = Field(default_factory=list)
    detail: dict = Field(default_factory=dict)
    fired_at: datetime


FeedStatus = Literal["ok", "failing", "dead", "new"]


class FeedHealth(_Message):
    """Per-feed polling state: drives the schedule and the `newsradar feeds` report."""

    feed_id: str
    url: str
    outlet: str
    group: str = "default"
    status: FeedStatus = "new"
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_kind: str | None = None
    consecutive_failures: int = 0
    items_seen: int = 0
    items_published: int = 0
    mean_publish_interval_s: float | None = None
    next_poll_at: datetime | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    final_url: str | None = Field(None, description="where redirects ended")
    updated_at: datetime


def decode(model: type[_Message], raw: bytes | None) -> _Message:
    """Parse a Kafka value into ``model``; anything unreadable is a ``PoisonError``.

    The JSON is parsed once, by pydantic: the declared version is read from the
    model, and the raw JSON is looked at again only when validation failed, because a
    newer record fails on its new fields and its version is the cause to name.
    """
    if raw is None:
        raise PoisonError("empty record (tombstone) where a message was expected")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PoisonError(f"record is not UTF-8: {exc}") from exc
    try:
        msg = model.model_validate_json(text)
    except ValidationError as exc:
        version = _declared_version(text)
        if version is not None and not _readable(version):
            raise _unsupported(version) from exc
        raise PoisonError(f"not a valid {model.__name__}: {exc.errors(include_url=False)[:3]}") from exc
    version = getattr(msg, "schema_version", None)
    if version is not None and not _readable(version):
        raise _unsupported(version)
    return msg


def _readable(version) -> bool:
    return isinstance(version, int) and not isinstance(version, bool) and 1 <= version <= SCHEMA_VERSION


def _declared_version(text: str):
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    return doc.get("schema_version") if isinstance(doc, dict) else None


def _unsupported(version) -> PoisonError:
    if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
        return PoisonError(f"schema_version {version} is newer than this consumer's {SCHEMA_VERSION} "
                           f"(it reads versions 1 to {SCHEMA_VERSION}): upgrade the consumer")
    return PoisonError(f"unsupported schema_version {version!r} (this consumer reads 1 to {SCHEMA_VERSION})")


def decode_shape(model: type[_Message], raw: bytes | None,
                 unread: Callable[[dict], frozenset[str]] | None = None) -> dict:
    """Parse a Kafka value into plain dicts, checking its shape only; anything unreadable is a ``PoisonError``.

    For a consumer bound by its own Python (the indexer) that reads what another stage built
    and validated with ``encode``: orjson and this check take about a third of ``decode``'s time.
    Checked, at every nesting level: a JSON object, no unknown field, every required field
    present, the schema version readable; absent optional fields get the model's default, so
    an older record reads as ``decode`` would read it. Field *types* are not checked here:
    the reader converts what it uses, and what Elasticsearch refuses is dead-lettered per item.
    ``unread(doc)``, when given, names the fields holding messages that this reader does not read in
    this record: that they are there is checked, not what is inside them (the indexer, for a record
    carrying its documents already built: its entities, spans and numbers were 30% of the check).
    """
    if raw is None:
        raise PoisonError("empty record (tombstone) where a message was expected")
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise PoisonError(f"not a valid {model.__name__}: unreadable JSON ({exc})") from exc
    if not isinstance(doc, dict):
        raise PoisonError(f"not a valid {model.__name__}: a JSON {type(doc).__name__}, not an object")
    version = doc.get("schema_version", SCHEMA_VERSION)
    if not _readable(version):
        raise _unsupported(version)
    _check_shape(model, doc, model.__name__, unread(doc) if unread is not None else frozenset())
    return doc


def _check_shape(model: type[_Message], doc: dict, where: tuple, unread: frozenset[str]) -> None:
    """``where``: the path to ``doc`` as nested ``(parent, step)`` pairs, spelt out only for an error."""
    allowed, required, defaults, nested = _shape(model)
    keys = doc.keys()
    if keys != allowed:               # what ``encode`` wrote has every field: nothing to refuse or fill
        if not keys <= allowed:
            raise PoisonError(f"not a valid {model.__name__}: unknown field(s) {sorted(keys - allowed)[:5]} "
                              f"in {_path(where)}")
        if not required <= keys:
            raise PoisonError(f"not a valid {model.__name__}: missing field(s) {sorted(required - keys)} "
                              f"in {_path(where)}")
        for name, default in defaults:
            if name not in doc:
                doc[name] = default()
    for name, sub, many, leaf in nested:
        value = doc[name]
        if value is None or name in unread:
            continue
        if many:
            if not isinstance(value, list):
                raise PoisonError(f"not a valid {model.__name__}: {_path((where, name))} is not a list")
            for i, one in enumerate(value):
                # A complete message without messages inside (a span, a mention) is checked by one
                # comparison here: they are half of a record's objects, and a call each was most of the check.
                if leaf is not None and type(one) is dict and one.keys() == leaf:
                    continue
                if not isinstance(one, dict):
                    raise PoisonError(f"not a valid {sub.__name__}: {_path(((where, name), i))} is not an object")
                _check_shape(sub, one, ((where, name), i), unread)
        elif leaf is not None and type(value) is dict and value.keys() == leaf:
            continue
        elif isinstance(value, dict):
            _check_shape(sub, value, (where, name), unread)
        else:
            raise PoisonError(f"not a valid {sub.__name__}: {_path((where, name))} is not an object")


def _path(where) -> str:
    if isinstance(where, str):
        return where
    parent, step = where
    return f"{_path(parent)}[{step}]" if isinstance(step, int) else f"{_path(parent)}.{step}"


@lru_cache(maxsize=None)
def _shape(model: type[_Message]) -> tuple[frozenset, frozenset, tuple, tuple]:
    """Field names, required names, defaults of the others, and the fields holding messages, of ``model``.

    A field holding messages is ``(name, model, many, leaf)``: ``leaf`` is the model's field names
    when it holds no messages itself, else None.
    """
    required, defaults, nested = set(), [], []
    for name, info in model.model_fields.items():
        if info.is_required():
            required.add(name)
        else:
            defaults.append((name, lambda info=info: info.get_default(call_default_factory=True)))
        sub, many = _message_in(info.annotation)
        if sub is not None:
            _, _, _, inner = _shape(sub)
            nested.append((name, sub, many, None if inner else frozenset(sub.model_fields)))
    return frozenset(model.model_fields), frozenset(required), tuple(defaults), tuple(nested)


def _message_in(annotation) -> tuple[type[_Message] | None, bool]:
    """``(Model, False)`` for ``Model`` or ``Model | None``, ``(Model, True)`` for ``list[Model]``."""
    origin = get_origin(annotation)
    if origin in (Union, UnionType):
        for arg in get_args(annotation):
            found = _message_in(arg)
            if found[0] is not None:
                return found
        return None, False
    if origin is list:
        sub, _ = _message_in(get_args(annotation)[0])
        return sub, True
    if isinstance(annotation, type) and issubclass(annotation, _Message):
        return annotation, False
    return None, False


def encode(msg: BaseModel) -> bytes:
    return msg.model_dump_json().encode("utf-8")
