"""The platforms that carry posts, channels and accounts: the medium, never who speaks through it.

Shared by the enricher, which reads a post's platform into its cited source, and claim matching, which keeps two
platforms' posts apart (``newsradar.claim_match``): a channel on Telegram and posts on X are two origins.
"""
from __future__ import annotations

import re

PLATFORMS = frozenset({
    "telegram", "x", "twitter", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "weibo", "wechat",
    "vk", "vkontakte", "reddit", "substack", "threads", "bluesky", "truth social", "linkedin", "snapchat",
    "signal", "discord", "twitch", "rumble", "gab", "parler", "mastodon",
})
# One platform under its two names: X was Twitter.
_SAME_PLATFORM = {"twitter": "x", "vkontakte": "vk"}
# The names as one alternation for a pattern, longest first so "truth social" is read whole.
PLATFORM_NAMES = "|".join(sorted(map(re.escape, PLATFORMS), key=len, reverse=True))
PLATFORM = re.compile(rf"\b(?:{PLATFORM_NAMES})\b", re.IGNORECASE)


def platforms_named(text: str) -> frozenset[str]:
    """The platforms a phrase names, one name each: "posts on X and Twitter" -> {"x"}."""
    return frozenset(_SAME_PLATFORM.get(p, p) for p in (m.group().lower() for m in PLATFORM.finditer(text)))
