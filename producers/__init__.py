"""Feed polling: fetch, parse, normalise, dedupe, publish to news.raw."""
