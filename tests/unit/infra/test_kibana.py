"""Kibana saved objects: the import request (against a real local HTTP receiver) and field references."""
from __future__ import annotations

import copy
import json
import threading
from email.parser import BytesParser
from email.policy import default as email_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsradar.es_schema import load_templates
from infra.kibana import (
    KibanaImportError,
    default_files,
    import_objects,
    load_objects,
    missing_fields,
    referenced_fields,
)


@pytest.fixture
def receiver():
    """A local HTTP server that records each request and answers like Kibana's import API."""
    seen: list[dict] = []
    answer = {"status": 200, "body": None}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append({"path": self.path, "headers": dict(self.headers), "body": body})
            reply = answer["body"] or {"success": True, "successCount": body.count(b'"coreMigrationVersion"')}
            data = json.dumps(reply).encode()
            self.send_response(answer["status"])
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", seen, answer
    server.shutdown()
    server.server_close()


def _multipart_file(request: dict) -> tuple[str, bytes]:
    head = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode()
    msg = BytesParser(policy=email_policy).parsebytes(head + request["body"])
    parts = list(msg.iter_parts())
    assert len(parts) == 1
    return parts[0].get_filename(), parts[0].get_payload(decode=True)


def test_kibana_import_posts_multipart_ndjson_with_xsrf(receiver):
    url, seen, _ = receiver
    result = import_objects(url, api_key="c2VjcmV0")
    objects = load_objects()
    assert result == {"success": True, "successCount": len(objects)}
    (request,) = seen
    assert request["path"] == "/api/saved_objects/_import?overwrite=true"
    assert request["headers"]["kbn-xsrf"]
    assert request["headers"]["Authorization"] == "ApiKey c2VjcmV0"
    assert request["headers"]["Content-Type"].startswith("multipart/form-data; boundary=")
    filename, payload = _multipart_file(request)
    assert filename.endswith(".ndjson")
    assert [json.loads(line) for line in payload.decode().splitlines()] == objects


def test_kibana_import_reports_failures(receiver):
    url, _, answer = receiver
    answer["body"] = {"success": False, "errors": [{"id": "x", "error": {"type": "missing_references"}}]}
    with pytest.raises(KibanaImportError, match="missing_references"):
        import_objects(url, default_files())
    answer.update(status=400, body={"message": "bad"})
    with pytest.raises(KibanaImportError, match="400"):
        import_objects(url)


def _mappings() -> dict[str, dict]:
    return {tf.alias: tf.template["mappings"] for tf in load_templates()}


def test_kibana_objects_are_the_promised_ones():
    objects = load_objects()
    titles = {(o["type"], o["attributes"]["title"]) for o in objects}
    assert {("index-pattern", a) for a in ("news-articles", "news-claims", "news-alerts", "news-feeds",
                                           "news-claim-clusters")} <= titles
    for title in ("All claims", "Claims by speaker", "Taliban weapons Russia", "Numeric claims over $1 billion",
                  "Claims spreading across outlets"):
        assert ("search", title) in titles
    assert ("visualization", "Claim spread over time by outlet") in titles
    assert ("dashboard", "Stories across outlets") in titles and ("dashboard", "Claims across outlets") in titles
    ids = {o["id"] for o in objects}
    for o in objects:
        for ref in o.get("references", []):
            assert ref["id"] in ids, f"{o['id']} references missing {ref['id']}"
    views = {o["attributes"]["title"]: o["attributes"]["timeFieldName"] for o in objects if o["type"] == "index-pattern"}
    assert views == {"news-articles": "published_at", "news-claims": "published_at", "news-alerts": "fired_at",
                     "news-feeds": "updated_at", "news-claim-clusters": "first_seen.published_at"}


def test_kibana_every_referenced_field_is_mapped():
    objects = load_objects()
    refs = referenced_fields(objects)
    assert len(refs) > 20 and ("news-claims", "numbers.value", "search 'Numeric claims over $1 billion'") in refs
    assert missing_fields(objects, _mappings()) == []


@pytest.mark.parametrize(("alias", "path"), [("news-claims", ["speaker_name"]), ("news-articles", ["entities", "all"]),
                                             ("news-claims", ["numbers", "value"]), ("news-alerts", ["fired_at"]),
                                             ("news-claim-clusters", ["outlet_count"]),
                                             ("news-claim-clusters", ["origin", "kind"]),
                                             ("news-claim-clusters", ["first_seen", "published_at"]),
                                             ("news-claims", ["cluster_id"])])
def test_kibana_field_check_fails_when_a_mapped_field_is_deleted(alias, path):
    mappings = copy.deepcopy(_mappings())
    props = mappings[alias]["properties"]
    for part in path[:-1]:
        props = props[part]["properties"]
    del props[path[-1]]
    problems = missing_fields(load_objects(), mappings)
    assert problems and all(".".join(path) in p for p in problems)
