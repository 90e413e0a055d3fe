import pytest

from newsradar.errors import FeedError
from producers.safety import check_xml
from tests.samples.feeds import BILLION_LAUGHS


def test_safety_refuses_billion_laughs():
    with pytest.raises(FeedError) as info:
        check_xml(BILLION_LAUGHS)
    assert info.value.kind == "unsafe_xml"


def test_safety_refuses_external_entity_and_internal_subset():
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>'
    with pytest.raises(FeedError, match="unsafe_xml"):
        check_xml(xxe)
    with pytest.raises(FeedError, match="unsafe_xml"):
        check_xml(b'<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd"><rss/>')


def test_safety_refuses_entities_in_utf16():
    with pytest.raises(FeedError, match="unsafe_xml"):
        check_xml(BILLION_LAUGHS.decode().encode("utf-16"))


def test_safety_allows_rss091_doctype_and_plain_feeds():
    check_xml(b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
              b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"/>')
    check_xml(b'<rss version="2.0"><channel/></rss>')


def test_safety_refuses_oversized_body():
    with pytest.raises(FeedError, match="too_large"):
        check_xml(b"x" * 101, max_bytes=100)
