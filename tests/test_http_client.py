"""analysis.http_client: the politeness and safety rules, against the loopback site."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from analysis.http_client import Client, FetchError, HttpOptions, _retry_after, redact
from tests.fetch_site import Waits

FAST = HttpOptions(interval=0.0, timeout=0.5, backoff=0.01)


def test_redact_drops_credentials_and_masks_secret_parameters():
    assert redact("https://ann:pw@Example.ORG:8443/a/b?id=7&token=xyz&Signature=s#frag") == \
        "https://example.org:8443/a/b?id=7&token=***&Signature=***"
    assert redact("http://example.org/a?page=2&q=a%20b") == "http://example.org/a?page=2&q=a%20b"  # left as is
    assert redact("http://[::1]:80/x") == "http://[::1]:80/x"
    assert redact("http://example.org:notaport/") == "(malformed URL)"


def test_retry_after_in_seconds_or_as_a_date():
    assert _retry_after("7", now=0.0) == 7.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == 30.0
    assert _retry_after("soon", now=0.0) is None and _retry_after(None, now=0.0) is None


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "unsupported scheme 'file': only http and https are fetched"),
    ("javascript:alert(1)", "unsupported scheme 'javascript': only http and https are fetched"),
    ("http:///no-host", "no host in the URL"),
])
def test_only_http_and_https_urls_are_requested(site, url, reason):
    with pytest.raises(FetchError) as err:
        Client(FAST).get(url)
    assert str(err.value) == reason and site.requests == []


def test_429_waits_as_retry_after_says_then_succeeds(site):
    waits = Waits()
    resp = Client(FAST, sleep=waits).get(site.url("/news/busy.html"))
    assert resp.status == 200 and b"cycle lanes" in resp.body
    assert site.paths() == ["/robots.txt", "/news/busy.html", "/news/busy.html"]
    assert len(waits.waits) == 1 and 0.9 < waits.waits[0] <= 1.0


def test_5xx_backs_off_doubling_then_gives_up(site):
    waits = Waits()
    with pytest.raises(FetchError) as err:
        Client(HttpOptions(interval=0.0, retries=2, backoff=0.5), sleep=waits).get(site.url("/status/503"))
    assert str(err.value) == "HTTP 503 Service Unavailable after 3 tries"
    assert site.paths().count("/status/503") == 3
    assert [round(w, 1) for w in waits.waits] == [0.5, 1.0]


def test_a_retry_after_beyond_the_limit_is_a_failure_not_a_wait(site):
    waits = Waits()
    with pytest.raises(FetchError) as err:
        Client(HttpOptions(interval=0.0, max_wait=60), sleep=waits).get(site.url("/status/429-long"))
    assert str(err.value) == "HTTP 429: asked to retry after 3600 s, over the limit of 60 s"
    assert waits.waits == [] and site.paths().count("/status/429-long") == 1


def test_requests_to_one_host_are_spaced_by_the_interval(site):
    waits = Waits()
    client = Client(HttpOptions(interval=0.15), sleep=waits, clock=waits.clock)
    for i in range(4):
        client.get(site.url(f"/news/library.html?n={i}"))
    assert site.paths()[0] == "/robots.txt" and len(site.paths()) == 5
    assert waits.waits == pytest.approx([0.15] * 4)  # after robots.txt, each request waits its turn


def test_requests_in_flight_to_one_host_are_capped(site):
    site.hold_seconds = 0.3
    client = Client(HttpOptions(interval=0.0, per_host=2))
    with ThreadPoolExecutor(6) as pool:
        list(pool.map(client.get, [site.url(f"/news/hold.html?n={i}") for i in range(6)]))
    assert site.max_in_flight == 2


def test_robots_crawl_delay_is_honoured(site):
    site.robots = "User-agent: *\nCrawl-delay: 5\n"
    waits = Waits()
    client = Client(HttpOptions(interval=0.0), sleep=waits)
    client.get(site.url("/news/library.html"))
    client.get(site.url("/news/sample.html"))
    assert len(waits.waits) == 1 and 4.9 < waits.waits[0] <= 5.0


def test_robots_rules_match_the_user_agent(site):
    site.robots = "User-agent: who-said-what-fetch\nDisallow: /news/\n\nUser-agent: *\nDisallow:\n"
    with pytest.raises(FetchError, match="disallowed by the site's robots.txt"):
        Client(FAST).get(site.url("/news/library.html"))
    assert Client(HttpOptions(interval=0.0, user_agent="other-bot/2")).get(site.url("/news/library.html")).status == 200


def test_robots_txt_server_error_means_nothing_is_fetched(site):
    site.robots = None
    with pytest.raises(FetchError) as err:
        Client(FAST).get(site.url("/news/library.html"))
    assert str(err.value) == "robots.txt answered HTTP 503: nothing on this site is fetched"
    assert "/news/library.html" not in site.paths()


def test_size_cap(site):
    with pytest.raises(FetchError) as err:
        Client(HttpOptions(interval=0.0, max_bytes=1000)).get(site.url("/news/sample.html"))
    size = len(site.pages["/news/sample.html"].html())
    assert str(err.value) == f"response of {size:,} bytes is over the size cap of 1,000 bytes"


def test_timeout_and_redirect_loop(site):
    site.slow_seconds = 1.0
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^timed out after 0.3 s$"):
        Client(HttpOptions(interval=0.0, timeout=0.3)).get(site.url("/news/slow.html"))
    assert time.monotonic() - started < 0.9
    with pytest.raises(FetchError, match="^more than 5 redirects$"):
        Client(FAST).get(site.url("/loop.html"))


def test_connection_refused_is_a_reason_not_a_crash(loopback_only):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="^could not connect"):
        Client(FAST).get(f"http://127.0.0.1:{port}/a.html")
