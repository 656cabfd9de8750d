"""Polite, bounded HTTP GETs for fetching articles: one User-Agent, robots.txt, a per-host rate
limit and concurrency cap, timeouts, retries with back-off on 429/5xx (Retry-After honoured), a
size cap per response and http/https only. URLs are shown only through `redact`, so credentials
never reach a report or a log.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import urllib3

DEFAULT_USER_AGENT = "who-said-what-fetch/1.0 (news analysis; fetches each article once)"
SCHEMES = ("http", "https")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
# query parameters that carry secrets; their values are masked wherever a URL is shown or saved
SECRET_PARAM = re.compile(r"(token|key|secret|password|passwd|pwd|auth|sig|signature|session|sid|credential)",
                          re.IGNORECASE)
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"


@dataclass(frozen=True)
class HttpOptions:
    user_agent: str = DEFAULT_USER_AGENT
    interval: float = 1.0  # seconds between the starts of two requests to one host
    per_host: int = 2  # requests in flight to one host
    timeout: float = 20.0  # seconds to connect, for each read, and for a whole response
    retries: int = 3  # further tries after a 429/5xx
    backoff: float = 1.0  # first wait without Retry-After; doubles each try
    max_wait: float = 60.0  # a Retry-After longer than this is a failure, not a wait
    max_bytes: int = 50 * 1024 * 1024  # as ingest.DEFAULT_MAX_BYTES
    ignore_robots: frozenset[str] = frozenset()  # hosts (the user's own sites) whose robots.txt is not read


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int
    content_type: str  # lower case, without parameters
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class FetchError(Exception):
    """A URL that cannot be fetched; the message is the reason shown in the report."""


def redact(url: str) -> str:
    """The URL without user name, password, fragment or secret-looking query values."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "(malformed URL)"
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = parts.query
    if any(SECRET_PARAM.search(k) for k, _ in pairs):
        query = urlencode([(k, "***" if SECRET_PARAM.search(k) else v) for k, v in pairs], safe="*/:")
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, query, ""))


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or ""


def check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises on a malformed port)
    except ValueError as exc:
        raise FetchError(f"malformed URL: {exc}") from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"unsupported scheme {parts.scheme or '(none)'!r}: only http and https are fetched")
    if not parts.hostname:
        raise FetchError("no host in the URL")


class Client:
    """Thread-safe; one per fetch run, so robots.txt and the rate limit are shared by its threads.
    `sleep` and `clock` are parameters so tests can run without real waits."""

    def __init__(self, options: HttpOptions = HttpOptions(), sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic):
        self.options = options
        self._sleep, self._clock = sleep, clock
        self._pool = urllib3.PoolManager(maxsize=max(1, options.per_host), retries=False,
                                         timeout=urllib3.Timeout(connect=options.timeout, read=options.timeout))
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}  # host → earliest start of its next request
        self._slots: dict[str, threading.Semaphore] = {}
        # host → its rules, or why nothing there is fetched (robots.txt unreachable)
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._crawl_delay: dict[str, float] = {}  # host → its robots.txt Crawl-delay, when longer

    def get(self, url: str) -> Response:
        """The response to a GET, following redirects; FetchError with the reason otherwise."""
        check_url(url)
        for _ in range(MAX_REDIRECTS + 1):
            self._check_robots(url)
            resp, tries = self._get_with_retries(url)
            location = resp.headers.get("location")
            if resp.status in REDIRECTS and location:
                url = urljoin(url, location)
                try:
                    check_url(url)
                except FetchError as exc:
                    raise FetchError(f"redirected to {redact(url)}: {exc}") from None
                continue
            if resp.status >= 400:
                after = f" after {tries} tries" if tries > 1 else ""
                raise FetchError(f"HTTP {resp.status} {_reason(resp.status)}".rstrip() + after)
            return resp
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def close(self) -> None:
        self._pool.clear()

    # ------------------------------------------------------------------ robots.txt

    def _check_robots(self, url: str) -> None:
        host = host_of(url)
        if urlsplit(url).hostname in self.options.ignore_robots or host in self.options.ignore_robots:
            return
        with self._lock:
            lock = self._robots_locks.setdefault(host, threading.Lock())
        with lock:  # one robots.txt request per host, even with many threads
            if host not in self._robots:
                self._robots[host] = self._read_robots(url)
        rules = self._robots[host]
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(self.options.user_agent, url):
            raise FetchError("disallowed by the site's robots.txt")

    def _read_robots(self, url: str) -> urllib.robotparser.RobotFileParser | str:
        """The site's rules (RFC 9309): a 4xx means no rules; a 5xx, a 429 or no answer means
        nothing may be fetched (the reason is returned)."""
        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        rules = urllib.robotparser.RobotFileParser(robots_url)
        try:
            resp, _ = self._get_with_retries(robots_url)
            for _ in range(MAX_REDIRECTS):
                location = resp.headers.get("location")
                if resp.status not in REDIRECTS or not location:
                    break
                robots_url = urljoin(robots_url, location)
                check_url(robots_url)
                resp, _ = self._get_with_retries(robots_url)
        except FetchError as exc:  # the site is unreachable: its pages would fail the same way
            return str(exc)
        if resp.status >= 500 or resp.status == 429:  # a server in trouble or asking us to slow down
            return f"robots.txt answered HTTP {resp.status}: nothing on this site is fetched"
        rules.parse(resp.body.decode("utf-8", "replace").splitlines() if resp.status < 300 else [])
        delay = rules.crawl_delay(self.options.user_agent)
        if delay:
            with self._lock:
                self._crawl_delay[host_of(url)] = min(float(delay), self.options.max_wait)
        return rules

    # ------------------------------------------------------------------ one request, politely

    def _get_with_retries(self, url: str) -> tuple[Response, int]:
        """The last response and the number of tries it took."""
        host = host_of(url)
        tries = 0
        while True:
            resp = self._request(url, host)
            tries += 1
            if resp.status not in RETRY_STATUSES or tries > self.options.retries:
                return resp, tries
            wait = _retry_after(resp.headers.get("retry-after"), time.time())
            if wait is None:
                wait = self.options.backoff * 2 ** (tries - 1)
            if wait > self.options.max_wait:
                raise FetchError(f"HTTP {resp.status}: asked to retry after {wait:.0f} s, "
                                 f"over the limit of {self.options.max_wait:.0f} s")
            with self._lock:  # the whole host waits, not only this thread
                self._next[host] = max(self._next.get(host, 0.0), self._clock() + wait)

    def _request(self, url: str, host: str) -> Response:
        with self._lock:
            slot = self._slots.setdefault(host, threading.Semaphore(max(1, self.options.per_host)))
        with slot:
            self._wait_turn(host)
            return self._download(url)

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            start = max(self._clock(), self._next.get(host, 0.0))
            gap = max(self.options.interval, self._crawl_delay.get(host, 0.0))
            self._next[host] = start + gap
        delay = start - self._clock()
        if delay > 0:
            self._sleep(delay)

    def _download(self, url: str) -> Response:
        opts = self.options
        started = time.monotonic()
        try:
            resp = self._pool.request("GET", url, redirect=False, preload_content=False,
                                      headers={"User-Agent": opts.user_agent, "Accept": ACCEPT,
                                               "Accept-Encoding": "gzip, deflate"})
        except urllib3.exceptions.NameResolutionError:
            raise FetchError(f"DNS lookup failed for {urlsplit(url).hostname}") from None
        except urllib3.exceptions.NewConnectionError as exc:  # before timeouts: urllib3 makes it a subclass
            raise FetchError(f"could not connect: {_short(exc)}") from None
        except (urllib3.exceptions.ConnectTimeoutError, urllib3.exceptions.ReadTimeoutError):
            raise FetchError(f"timed out after {opts.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"connection failed: {_short(exc)}") from None
        try:
            headers = {k.lower(): v for k, v in resp.headers.items()}
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > opts.max_bytes:
                raise FetchError(f"response of {int(length):,} bytes is over the size cap of {opts.max_bytes:,} bytes")
            chunks, size = [], 0
            for chunk in resp.stream(64 * 1024, decode_content=True):
                size += len(chunk)
                if size > opts.max_bytes:
                    raise FetchError(f"response is over the size cap of {opts.max_bytes:,} bytes")
                if time.monotonic() - started > opts.timeout:
                    raise FetchError(f"timed out after {opts.timeout:g} s (response too slow)")
                chunks.append(chunk)
        except urllib3.exceptions.ReadTimeoutError:
            raise FetchError(f"timed out after {opts.timeout:g} s") from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"connection failed while reading: {_short(exc)}") from None
        finally:
            resp.release_conn()
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        return Response(url, resp.status, content_type, b"".join(chunks), headers)


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date), None when absent or odd."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _short(exc: Exception) -> str:
    """An exception's message without the URL or object reprs urllib3 puts in it."""
    text = str(exc)
    text = re.sub(r"<[^>]*>: ", "", text)
    text = re.sub(r"https?://\S+", "(url)", text)
    return text.split("(Caused by")[0].strip()[:160]
