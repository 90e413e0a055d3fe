"""Index templates, aliases and backing indices, applied from ``infra/elasticsearch/*.json``.

It is part of the contract because two floors use it: ``infra`` applies the
templates at start-up, and the indexer names and rolls its monthly backing
indices at run time.

Every file there follows one convention (see ``infra/elasticsearch/README.md``):
``{"alias", "time_based", "version", "template": {settings, mappings}}``. This module
knows no file by name, so the alert-side templates are applied like the others.

    ensure_schema(es, settings)          templates + aliases + the current write index; idempotent
    ensure_write_index(es, settings, alias, now)   month roll-over, on demand
    backing_index_for(es, settings, alias, month)  a (non-write) month's index, created if missing
    retire_indices(es, settings, now)    drop whole backing indices past retention
    drop_namespace(es, settings)         tests: delete every index and template of a namespace

Works on the integ-test distribution (no ``english`` analyzer) and on a full
cluster alike: the ``english`` subfields are added only where ``_analyze`` finds it.
"""
from __future__ import annotations

import copy
import hashlib
import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from elasticsearch import ApiError, Elasticsearch, NotFoundError

log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "infra" / "elasticsearch"
MANAGED_BY = "newsradar"
_MONTH_RE = re.compile(r"-(\d{4})\.(\d{2})$")
_DEFAULT_SETTINGS = {"number_of_shards": 1, "auto_expand_replicas": "0-1"}


@dataclass(frozen=True)
class TemplateFile:
    path: Path
    alias: str
    time_based: bool
    version: int
    template: dict
    english_fields: tuple[str, ...] = ()
    time_field: str | None = None

    @classmethod
    def load(cls, path: Path) -> TemplateFile:
        doc = json.loads(path.read_text())
        missing = [k for k in ("alias", "version", "template") if k not in doc]
        if missing:
            raise ValueError(f"{path}: missing {', '.join(missing)} (see infra/elasticsearch/README.md)")
        if path.stem != doc["alias"]:
            raise ValueError(f"{path}: file must be named after its alias {doc['alias']!r}")
        return cls(path, doc["alias"], bool(doc.get("time_based", False)), int(doc["version"]),
                   doc["template"], tuple(doc.get("english_fields", ())), doc.get("time_field"))


def load_templates(directory: Path = TEMPLATE_DIR) -> list[TemplateFile]:
    return [TemplateFile.load(p) for p in sorted(directory.glob("*.json"))]


def template_for(alias: str, directory: Path = TEMPLATE_DIR) -> TemplateFile:
    return TemplateFile.load(directory / f"{alias}.json")


def prefixed(settings, alias: str) -> str:
    """The namespaced name, spelled as ``newsradar.topics.Names`` does."""
    ns = settings.namespace
    return f"{ns}-{alias}" if ns else alias


def month_suffix(when: datetime) -> str:
    when = when.astimezone(UTC) if when.tzinfo else when
    return f"{when.year:04d}.{when.month:02d}"


def backing_name(settings, alias: str, month: str | None = None) -> str:
    """``{ns}-news-articles-2026.11`` (time based) or ``{ns}-news-feeds-000001``."""
    return f"{prefixed(settings, alias)}-{month or '000001'}"


def has_english_analyzer(es: Elasticsearch) -> bool:
    try:
        es.indices.analyze(analyzer="english", text="weapons")
        return True
    except ApiError:
        return False


def effective_template(tf: TemplateFile, english: bool) -> dict:
    """The ``template`` body actually sent: defaults, ``_meta``, and ``english`` subfields if available."""
    body = copy.deepcopy(tf.template)
    index_settings = body.setdefault("settings", {}).setdefault("index", {})
    for key, value in _DEFAULT_SETTINGS.items():
        if key not in index_settings and key not in body["settings"]:
            index_settings[key] = value
    mappings = body.setdefault("mappings", {})
    mappings["_meta"] = {"alias": tf.alias, "version": tf.version, "managed_by": MANAGED_BY}
    if english:
        for field in tf.english_fields:
            prop = mappings["properties"][field]
            prop.setdefault("fields", {})["english"] = {"type": "text", "analyzer": "english"}
    return body


def _digest(body: dict) -> str:
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


def _put_template(es: Elasticsearch, settings, tf: TemplateFile, english: bool) -> str:
    name = prefixed(settings, tf.alias)
    body = effective_template(tf, english)
    meta = {"managed_by": MANAGED_BY, "file": tf.path.name, "version": tf.version, "digest": _digest(body)}
    try:
        current = es.indices.get_index_template(name=name)["index_templates"][0]["index_template"]
    except NotFoundError:
        current = None
    if current is not None:
        if current.get("_meta", {}).get("digest") == meta["digest"]:
            return f"template {name} v{tf.version}: unchanged"
        if (current.get("version") or 0) > tf.version:
            return f"template {name}: cluster has v{current.get('version')} > file v{tf.version}, left alone"
    es.indices.put_index_template(
        name=name, index_patterns=[f"{name}-*"], template=body, version=tf.version, _meta=meta,
        # Namespaced templates win over production ones should their patterns ever overlap.
        priority=200 if settings.namespace else 100)
    line = f"template {name} v{tf.version}: {'updated' if current else 'created'}"
    if current is not None:
        line += _update_existing_mappings(es, name, body["mappings"])
    return line


def _update_existing_mappings(es: Elasticsearch, alias: str, mappings: dict) -> str:
    """Additive mapping changes reach the existing backing indices; others wait for the next one."""
    try:
        indices = sorted(es.indices.get_alias(name=alias))
    except NotFoundError:
        return ""
    failed = []
    for index in indices:
        try:
            es.indices.put_mapping(index=index, properties=mappings.get("properties", {}),
                                   _meta=mappings.get("_meta"), dynamic=mappings.get("dynamic"))
        except ApiError as exc:
            failed.append(f"{index} ({exc.error})")
    if failed:
        return f"; mapping not applicable in place to {', '.join(failed)}: takes effect with the next index"
    return f"; mappings put on {len(indices)} existing index(es)"


def _alias_indices(es: Elasticsearch, alias: str) -> dict[str, bool]:
    """{backing index: is_write_index} for an alias (empty if it does not exist)."""
    try:
        got = es.indices.get_alias(name=alias)
    except NotFoundError:
        return {}
    return {idx: bool(body["aliases"][alias].get("is_write_index")) for idx, body in got.items()}


def _create_index(es: Elasticsearch, index: str, alias: str) -> bool:
    """Create ``index`` already in ``alias`` (as a read member), so it is never outside it."""
    try:
        es.indices.create(index=index, aliases={alias: {"is_write_index": False}})
        return True
    except ApiError as exc:
        if exc.error == "resource_already_exists_exception":
            return False
        raise


def ensure_write_index(es: Elasticsearch, settings, alias: str, now: datetime | None = None) -> str:
    """Make ``{alias}-{month of now}`` (or ``-000001``) exist and be the alias' write index.

    Idempotent and safe to race: creating an existing index is ignored, and the
    alias move is one atomic ``_aliases`` call.
    """
    tf = template_for(alias)
    name = prefixed(settings, alias)
    month = month_suffix(now or datetime.now(UTC)) if tf.time_based else None
    target = backing_name(settings, alias, month)
    current = _alias_indices(es, name)
    if current.get(target):
        return target
    _create_index(es, target, name)
    if month is not None and any(month_of(idx) and month_of(idx) > month for idx, w in current.items() if w):
        # A later month already writes (clock skew, or a test's past "now"): stay a read index.
        return target
    actions = [{"add": {"index": target, "alias": name, "is_write_index": True}}]
    actions += [{"add": {"index": idx, "alias": name, "is_write_index": False}}
                for idx, is_write in current.items() if is_write and idx != target]
    es.indices.update_aliases(actions=actions)
    return target


def backing_index_for(es: Elasticsearch, settings, alias: str, month: str) -> str:
    """The month's backing index of ``alias``, created as a read (non-write) member if missing."""
    target = backing_name(settings, alias, month)
    _create_index(es, target, prefixed(settings, alias))
    return target


def month_of(index: str) -> str | None:
    m = _MONTH_RE.search(index)
    return f"{m.group(1)}.{m.group(2)}" if m else None


def _months_between(older: str, newer: str) -> int:
    oy, om = map(int, older.split("."))
    ny, nm = map(int, newer.split("."))
    return (ny - oy) * 12 + (nm - om)


def retire_indices(es: Elasticsearch, settings, now: datetime | None = None) -> list[str]:
    """Delete whole backing indices of time-based aliases older than ``index.retention_months``.

    A month index is dropped when its month is ``retention_months`` or more months
    before ``now``'s month; the write index is never dropped. Returns the deleted names.
    """
    now_month = month_suffix(now or datetime.now(UTC))
    keep = settings.index.retention_months
    doomed: list[str] = []
    for tf in load_templates():
        if not tf.time_based:
            continue
        for index, is_write in _alias_indices(es, prefixed(settings, tf.alias)).items():
            month = month_of(index)
            if month and not is_write and _months_between(month, now_month) >= keep:
                doomed.append(index)
    for index in sorted(doomed):
        try:
            es.indices.delete(index=index)
        except NotFoundError:
            pass
    return sorted(doomed)


def ensure_schema(es: Elasticsearch, settings, now: datetime | None = None) -> list[str]:
    """Apply every template file, create each alias with its write index, retire old indices.

    Returns log lines; a second run reports everything unchanged.
    """
    english = has_english_analyzer(es)
    lines = [f"elasticsearch: english analyzer {'available' if english else 'absent'}"]
    for tf in load_templates():
        lines.append(_put_template(es, settings, tf, english))
        alias = prefixed(settings, tf.alias)
        before = _alias_indices(es, alias)
        write = ensure_write_index(es, settings, tf.alias, now)
        if not before.get(write):
            lines.append(f"alias {alias}: write index {write}")
    retired = retire_indices(es, settings, now)
    if retired:
        lines.append(f"retired (older than {settings.index.retention_months} months): {', '.join(retired)}")
    return lines


def drop_namespace(es: Elasticsearch, settings) -> None:
    """Delete every index and template of ``settings.namespace`` (tests only; refuses the empty one).

    Names are listed first and deleted explicitly: clusters refuse wildcard deletes
    (``action.destructive_requires_name``).
    """
    ns = settings.namespace
    if not ns:
        raise ValueError("refusing to drop the production namespace")
    pattern = f"{ns}-*"
    indices = sorted(es.indices.get(index=pattern, expand_wildcards="all", allow_no_indices=True))
    for chunk in (indices[i:i + 50] for i in range(0, len(indices), 50)):
        es.indices.delete(index=",".join(chunk), ignore_unavailable=True)
    try:
        templates = es.indices.get_index_template(name=pattern)["index_templates"]
    except NotFoundError:
        templates = []
    for t in templates:
        try:
            es.indices.delete_index_template(name=t["name"])
        except NotFoundError:
            pass
