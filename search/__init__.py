"""Search NewsRadar's Elasticsearch indices: word-form matching, queries and CLI renderers."""
