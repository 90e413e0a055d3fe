import os
import random

from kafka.partitioner.default import murmur2 as kafka_murmur2

from producers.kafka_key import key_hash, murmur2
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
