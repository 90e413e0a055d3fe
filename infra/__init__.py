"""Local services for NewsRadar: fetch, start, stop and check Kafka and Elasticsearch."""
