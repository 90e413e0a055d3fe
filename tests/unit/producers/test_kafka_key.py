import os
import random

from kafka.partitioner.default import murmur2 as kafka_murmur2

from producers.kafka_key import key_hash, key_hashes, murmur2
from newsradar.schema import article_id_for


def test_murmur2_equals_kafka_pythons_for_every_tail_length():
    rng = random.Random(7)
    for length in range(0, 70):
        for _ in range(20):
            data = bytes(rng.getrandbits(8) for _ in range(length))
            assert murmur2(data) == kafka_murmur2(data), (length, data)


def test_key_hash_of_an_article_id_is_the_default_partitioners():
    for i in range(200):
        article_id = article_id_for(f"https://e.com/{i}/{os.urandom(4).hex()}")
        assert key_hash(article_id) == kafka_murmur2(article_id.encode()) & 0x7FFFFFFF


def test_key_hashes_of_a_feeds_ids_are_the_default_partitioners_whatever_the_feed_size():
    # Sizes on both sides of the batch threshold: the loop for a few ids, numpy for many.
    for size in (0, 1, 15, 16, 17, 64, 300):
        ids = [article_id_for(f"https://e.com/{size}/{i}/{os.urandom(4).hex()}") for i in range(size)]
        assert key_hashes(ids) == [kafka_murmur2(a.encode()) & 0x7FFFFFFF for a in ids], size


def test_key_hashes_of_ids_that_are_not_article_ids_are_still_kafkas():
    # Not 64 ASCII characters each: no fixed-width rows to hash together, even where the
    # lengths add up to 64 an id (the last two cases).
    ids = [article_id_for(str(i)) for i in range(40)]
    for odd in (["short"], ["x" * 65], ["é" * 32 + "a" * 32], ["a" * 63 + "é"], ["y" * 63, "z" * 65]):
        mixed = ids[:20] + odd + ids[20:]
        assert key_hashes(mixed) == [kafka_murmur2(a.encode()) & 0x7FFFFFFF for a in mixed], odd
