from producers.canonical import canonical_url


def test_canonical_lowercases_scheme_and_host_and_drops_default_port():
    assert canonical_url("HTTPS://WWW.Example.COM:443/News/A") == "https://www.example.com/News/A"
    assert canonical_url("http://example.com:80/a") == "http://example.com/a"
    assert canonical_url("http://example.com:8080/a") == "http://example.com:8080/a"


def test_canonical_strips_tracking_params_and_fragment_and_sorts_query():
    url = "https://e.com/a?utm_source=rss&b=2&fbclid=x&a=1&gclid=y&mc_cid=z&utm_medium=feed#comments"
    assert canonical_url(url) == "https://e.com/a?a=1&b=2"


def test_canonical_resolves_relative_links_against_the_feed():
    assert canonical_url("/world/1", "https://e.com/feeds/rss.xml") == "https://e.com/world/1"
    assert canonical_url("2.html", "https://e.com/feeds/rss.xml") == "https://e.com/feeds/2.html"
    assert canonical_url("//cdn.e.com/x", "https://e.com/rss") == "https://cdn.e.com/x"


def test_canonical_same_article_spelled_differently_gets_one_form():
    a = canonical_url("https://E.com/a?x=1&utm_campaign=c")
    b = canonical_url("https://e.com:443/a?x=1#top")
    assert a == b


def test_canonical_links_already_canonical_come_back_unchanged_and_others_do_not():
    assert canonical_url("https://e.com/a/b-1.html", "https://e.com/rss") == "https://e.com/a/b-1.html"
    assert canonical_url("https://e.com./a", "https://e.com/rss") == "https://e.com/a"
    assert canonical_url("https://e.com", "https://e.com/rss") == "https://e.com/"
    assert canonical_url("https://e.com/a#x", "https://e.com/rss") == "https://e.com/a"
    assert canonical_url("https://user@e.com/a", "https://e.com/rss") == "https://user@e.com/a"
    assert canonical_url("https://e.com/a b", "https://e.com/rss") == "https://e.com/a b"


def test_resolve_link_gives_what_urljoin_gives_for_absolute_links_it_does_not_join():
    from urllib.parse import urljoin

    from producers.canonical import resolve_link

    links = ["https://e.com/a/b-1.html", "http://e.com/a", "https://E.com:8443/a?x=1#y", "https://e.com/a?",
             "https://e.com/a#", "https://e.com/a;", "https://e.com/a;p?q", "https://e.com/a?x=1;y#f#g",
             "https://e.com/a\tb", "https://e.com/a\nb", "https://e.com", "https://e.com?x", "https://e.com/a b",
             "https://e.com/a\x7f", "https://e.com/../a/./b", "HTTPS://e.com/a", "https://[::1]/a"]
    for base in ("https://e.com/feeds/rss.xml", "http://e.com/rss", "ftp://e.com/rss"):
        for link in links:
            assert resolve_link(link, base) == urljoin(base, link), (link, base)


def test_canonical_of_a_link_canonical_but_its_query_is_what_the_full_split_gives():
    from producers.canonical import _canonical_of_split, canonical_of_resolved

    urls = ["https://e.com/a?b=2&a=1&utm_source=x", "https://e.com/a?", "https://e.com/a?fl", "https://e.com/a?x=%2F&y=a+b",
            "https://e.com/a?x=1#f", "https://e.com/a?x=1?y=2", "https://e.com/a;p?x=1", "https://e.com/%41?q=%zz",
            "https://e.com/a?utm_medium=rss", "https://e.com/a?a=1&a=0", "https://e.com/a?x=\u00e9;y=1&z",
            "https://e.com./a?x=1", "https://e.com:443/a?x=1", "https://E.com/a?x=1", "https://e.com/a?x= 1"]
    for url in urls:
        assert canonical_of_resolved(url) == _canonical_of_split(url), url


def test_a_query_comes_out_as_parse_qsl_then_urlencode_give_it_whatever_its_characters():
    import random
    from urllib.parse import parse_qsl, urlencode

    from producers.canonical import _canonical_query, is_tracking

    def reference(query):
        return urlencode(sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not is_tracking(k)),
                         doseq=True)

    rng = random.Random(14)
    alphabet = ["a", "B", "z", "0", "9", "_", ".", "~", "-", "=", "&", "&&", "%2F", "%2f", "%zz", "+", " ", ";",
                "\u00e9", "utm_x", "FBCLID", "fl", "wt_mc"]
    queries = ["fl", "b=2&a=1", "a=1&a=0", "x=&y", "utm_source=rss&x=1", "a=b=c", "=x", "a&&b", "a=1&", "&a=1"]
    queries += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for query in queries:
        assert _canonical_query(query) == reference(query), query
