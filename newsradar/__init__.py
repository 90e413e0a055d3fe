"""NewsRadar: the contract every stage shares (schema, topics, settings, errors)."""
