"""The C codecs the hot paths rely on are the ones in use, not the pure-Python fallbacks."""
from __future__ import annotations

from datetime import UTC, datetime

from elasticsearch.serializer import OrjsonSerializer
from kafka.record import util as kafka_record_util

from newsradar.clients import es_client
from newsradar.settings import Settings


def test_es_client_parses_and_writes_json_with_orjson():
    serializer = es_client(Settings()).transport.serializers.get_serializer("application/json")
    assert isinstance(serializer, OrjsonSerializer)
    # What the stdlib serializer accepted, it still accepts: datetimes in queries, bytes out.
    assert serializer.dumps({"gte": datetime(2026, 12, 1, tzinfo=UTC)}) == b'{"gte":"2026-12-01T00:00:00+00:00"}'


def test_es_client_sends_a_serialised_bulk_body_without_copying_it():
    serializers = es_client(Settings()).transport.serializers
    body = b'{"create":{"_index":"i","_id":"1"}}\n{"a":1}\n'
    # The mimetype the client's bulk() sends, compatibility mode and all.
    assert serializers.dumps(body, mimetype="application/vnd.elasticsearch+x-ndjson; compatible-with=9") is body
    # Anything else is serialised as the stock serializer does it, the final newline included.
    assert serializers.dumps(body[:-1], mimetype="application/x-ndjson") == body
    assert serializers.dumps([{"index": {}}, {"a": 1}], mimetype="application/x-ndjson") == b'{"index":{}}\n{"a":1}\n'


def test_kafka_python_checks_record_crcs_in_c():
    # Without the crc32c package kafka-python falls back to a pure-Python CRC32C over every batch.
    assert kafka_record_util._crc32c is not kafka_record_util.crc32c_py
