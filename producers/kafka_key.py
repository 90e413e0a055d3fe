"""The Kafka key's partition hash, computed in the parse pool.

Kafka's default partitioner hashes a key with murmur2; kafka-python's own
``murmur2`` handles the bytes one by one in Python and was a fifth of the
normaliser's time per item. This one reads the key in 32-bit words with
``struct`` and returns the same value (tests/unit/producers/test_kafka_key.py
checks it against kafka-python's), so partitions stay where they were.

``key_hashes`` hashes a feed's article ids at once: each id is the same 64 hex
digits, so numpy runs murmur2's sixteen word steps over all of them together
(uint32 arithmetic wraps as the mask does), instead of sixteen loop turns of
Python integers per id.
"""
from __future__ import annotations

import struct

import numpy as np

_SEED = 0x9747B28C
_M = 0x5BD1E995
_MASK = 0xFFFFFFFF
_ID_BYTES = 64  # newsradar.schema.article_id_for: a sha256 hex digest
# Under this many ids numpy's fixed cost per call (about 80 us a batch) is more than the loop's.
_BATCH_MIN = 16
_M32 = np.uint32(_M)


def murmur2(data: bytes) -> int:
    """Kafka's murmur2 of ``data`` (unsigned 32 bits, as kafka-python returns it)."""
    length = len(data)
    h = (_SEED ^ length) & _MASK
    words = length // 4
    for k in struct.unpack_from(f"<{words}I", data):
        k = (k * _M) & _MASK
        k = ((k ^ (k >> 24)) * _M) & _MASK
        h = ((h * _M) & _MASK) ^ k
    tail = length & 3
    if tail:
        base = length & ~3
        if tail >= 3:
            h ^= data[base + 2] << 16
        if tail >= 2:
            h ^= data[base + 1] << 8
        h = ((h ^ data[base]) * _M) & _MASK
    h ^= h >> 13
    h = (h * _M) & _MASK
    return h ^ (h >> 15)


def key_hash(article_id: str) -> int:
    """What Kafka's default partitioner hashes the key ``article_id`` to (positive murmur2)."""
    return murmur2(article_id.encode()) & 0x7FFFFFFF


def key_hashes(article_ids: list[str]) -> list[int]:
    """``key_hash`` of each id, in one pass over all of them when they are article ids."""
    data = "".join(article_ids).encode()
    count = len(article_ids)
    if count < _BATCH_MIN or len(data) != _ID_BYTES * count or any(len(a) != _ID_BYTES for a in article_ids):
        return [key_hash(article_id) for article_id in article_ids]
    words = np.frombuffer(data, dtype="<u4").reshape(count, _ID_BYTES // 4)
    h = np.full(count, _SEED ^ _ID_BYTES, dtype=np.uint32)
    for column in words.T:
        k = column * _M32
        k ^= k >> 24
        k *= _M32
        h *= _M32
        h ^= k
    h ^= h >> 13
    h *= _M32
    h ^= h >> 15
    return (h & np.uint32(0x7FFFFFFF)).tolist()
