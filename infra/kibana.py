"""Kibana saved objects (``infra/kibana/*.ndjson``): import them, and check they only use mapped fields.

    import_objects(url, files, api_key=None) -> dict      POST /api/saved_objects/_import?overwrite=true
    referenced_fields(objects) -> [(data view title, field, where)]
    missing_fields(objects, mappings_by_alias) -> [problems]   empty when every panel can render
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import httpx

from newsradar.errors import NewsRadarError, ServiceUnavailableError

KIBANA_DIR = Path(__file__).resolve().parent / "kibana"
_KQL_NESTED = re.compile(r"([A-Za-z_][\w.]*)\s*:\s*\{([^}]*)\}")
_KQL_FIELD = re.compile(r"([A-Za-z_][\w.]*)\s*(?::|>=|<=|>|<)")
_KQL_WORDS = {"and", "or", "not"}


class KibanaImportError(NewsRadarError):
    """Kibana answered the import with an error, or reported objects it could not import."""


def default_files() -> list[Path]:
    return sorted(KIBANA_DIR.glob("*.ndjson"))


def load_objects(files: Iterable[Path] | None = None) -> list[dict]:
    objects = []
    for path in files or default_files():
        for n, line in enumerate(Path(path).read_text().splitlines(), 1):
            if line.strip():
                try:
                    objects.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise KibanaImportError(f"{path}:{n}: not JSON: {exc}") from exc
    return objects


def import_objects(url: str, files: Iterable[Path] | None = None, api_key: str | None = None,
                   timeout: float = 60.0) -> dict:
    """Import every object of ``files`` in one request (references resolve across files); returns Kibana's answer."""
    paths = [Path(p) for p in (files or default_files())]
    body = b"".join(p.read_bytes().rstrip(b"\n") + b"\n" for p in paths)
    headers = {"kbn-xsrf": "newsradar"}
    if api_key:
        headers["Authorization"] = f"ApiKey {api_key}"
    endpoint = f"{url.rstrip('/')}/api/saved_objects/_import"
    try:
        resp = httpx.post(endpoint, params={"overwrite": "true"}, headers=headers, timeout=timeout,
                          files={"file": ("newsradar.ndjson", body, "application/ndjson")})
    except httpx.HTTPError as exc:
        raise ServiceUnavailableError(f"Kibana is not reachable at {url}: {exc}") from exc
    if resp.status_code >= 400:
        raise KibanaImportError(f"Kibana import failed ({resp.status_code}): {resp.text[:500]}")
    result = resp.json()
    if not result.get("success", False):
        raise KibanaImportError(f"Kibana could not import some objects: {json.dumps(result.get('errors'))[:1000]}")
    return result


def _kql_fields(query: str) -> list[str]:
    fields = []
    for outer, inner in _KQL_NESTED.findall(query):
        fields.append(outer)
        fields += [f"{outer}.{f}" for f in _KQL_FIELD.findall(inner) if f not in _KQL_WORDS]
    rest = _KQL_NESTED.sub(" ", re.sub(r'"[^"]*"', '""', query))
    return fields + [f for f in _KQL_FIELD.findall(rest) if f not in _KQL_WORDS]


def referenced_fields(objects: list[dict]) -> list[tuple[str, str, str]]:
    """Every field a data view, saved search or visualisation names, with the data view's title."""
    views = {o["id"]: o["attributes"]["title"] for o in objects if o["type"] == "index-pattern"}
    out = []
    for o in objects:
        attrs, where = o["attributes"], f"{o['type']} {o['attributes'].get('title', o['id'])!r}"
        if o["type"] == "index-pattern":
            if attrs.get("timeFieldName"):
                out.append((attrs["title"], attrs["timeFieldName"], where))
            continue
        source = json.loads(attrs.get("kibanaSavedObjectMeta", {}).get("searchSourceJSON", "{}"))
        ref = next((r["id"] for r in o.get("references", [])
                    if r["name"] == source.get("indexRefName")), None)
        if ref is None:
            continue
        if ref not in views:
            out.append((f"<missing data view {ref}>", "", where))
            continue
        view = views[ref]
        out += [(view, f, where) for f in _kql_fields(source.get("query", {}).get("query", ""))]
        if o["type"] == "search":
            out += [(view, c, where) for c in attrs.get("columns", [])]
            out += [(view, s[0], where) for s in attrs.get("sort", [])]
        elif o["type"] == "visualization":
            for agg in json.loads(attrs["visState"]).get("aggs", []):
                if "field" in agg.get("params", {}):
                    out.append((view, agg["params"]["field"], where))
    return out


def mapping_fields(mappings: dict) -> set[str]:
    """All addressable field paths of a mapping, including subfields (``title.keyword``)."""
    out: set[str] = set()

    def walk(props: dict, prefix: str):
        for name, spec in props.items():
            path = f"{prefix}{name}"
            out.add(path)
            for sub in spec.get("fields", {}):
                out.add(f"{path}.{sub}")
            walk(spec.get("properties", {}), f"{path}.")
    walk(mappings.get("properties", {}), "")
    return out


def missing_fields(objects: list[dict], mappings_by_alias: dict[str, dict]) -> list[str]:
    """Problems that would show as broken panels: unknown data views or unmapped fields."""
    problems = []
    known = {alias: mapping_fields(m) for alias, m in mappings_by_alias.items()}
    for view, field, where in referenced_fields(objects):
        if view not in known:
            problems.append(f"{where}: data view {view!r} has no index template")
        elif field not in known[view]:
            problems.append(f"{where}: field {field!r} is not in the {view} mapping")
    return problems
