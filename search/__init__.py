"""Search NewsRadar's Elasticsearch indices: word-form matching, queries and CLI renderers.

    search_articles(es, settings, query, since=None, outlet=None, entity=None, size=20)
    search_claims(es, settings, query=None, speaker=None, entity=None, outlet=None, since=None)
    stats(es, settings, window="30d")
    cli.search: search_command, stats_command (typer), render_articles / render_claims / render_stats
"""
from search.queries import search_articles, search_claims, stats

__all__ = ["search_articles", "search_claims", "stats"]
