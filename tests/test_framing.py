"""`Framing` (onesignal/_framing.py): where an answer ends in the bytes received, and whether more
came after it, fed in every way the bytes can be split across reads, and checked against h11
itself (its public `trailing_data`), the parser httpcore2 runs."""

from __future__ import annotations

import h11
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onesignal._framing import ENDED, UNSURE, Framing

BODY = b'{"id": "b98881cc", "name": "x"}'
STALE = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"


def answer(body: bytes = BODY, status: bytes = b"200 OK", extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 %s\r\nContent-Type: application/json\r\n%sContent-Length: %d\r\n\r\n%s" % (
        status,
        extra,
        len(body),
        body,
    )


def chunked(parts: list[bytes], trailer: bytes = b"", ext: bytes = b"") -> bytes:
    chunks = b"".join(b"%x%s\r\n%s\r\n" % (len(p), ext, p) for p in parts if p)
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    return head + chunks + b"0\r\n" + trailer + b"\r\n"


# Whole answers, each ending at its last byte.
ANSWERS = {
    "content-length": answer(),
    "empty-body": answer(b""),
    "lower-case-names": b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}",
    "spaces-round-the-length": b"HTTP/1.1 200 OK\r\nContent-Length:  2 \t\r\n\r\n{}",
    "bare-line-feeds": b"HTTP/1.1 200 OK\nContent-Length: 2\n\n{}",
    "no-reason": b"HTTP/1.1 200\r\nContent-Length: 2\r\n\r\n{}",
    "204": b"HTTP/1.1 204 No Content\r\n\r\n",
    "304-with-a-length": b"HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n",
    "100-continue-then-200": b"HTTP/1.1 100 Continue\r\n\r\n" + answer(),
    "103-early-hints-then-200": b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + answer(),
    "chunked": chunked([BODY[:9], BODY[9:]]),
    "chunked-one-chunk": chunked([BODY]),
    "chunked-empty": chunked([]),
    "chunked-extensions": chunked([BODY], ext=b";a=1;b"),
    "chunked-trailers": chunked([BODY], trailer=b"X-A: 1\r\nX-B: 2\r\n"),
    "chunked-upper-hex": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
    + b"1F\r\n"
    + b"x" * 31
    + b"\r\n0\r\n\r\n",
    "chunked-and-bare-lf-trailer-end": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    + b"2\r\n{}\r\n0\r\n\n",
    "chunked-big": chunked([b"y" * 70000, b"z" * 5]),
    "the-same-length-twice": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}",
    "chunked-beats-a-length": b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked"
    b"\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "a-length-in-a-folded-line": b"HTTP/1.1 200 OK\r\nX-A: 1\r\n Content-Length: 9\r\n"
    b"Content-Length: 2\r\n\r\n{}",
}


def splits(data: bytes) -> list[list[bytes]]:
    """`data` whole, in two reads at every point, and one byte at a time."""
    ways = [[data], [bytes([b]) for b in data]]
    step = max(1, len(data) // 200)  # the big answer: 200 cut points, not 70,000
    ways += [[data[:i], data[i:]] for i in range(1, len(data), step)]
    return ways


def run(reads: list[bytes], no_body: bool = False) -> tuple[Framing, list[int]]:
    framing = Framing(no_body=no_body)
    return framing, [framing.feed(read) for read in reads]


@pytest.mark.parametrize("name", list(ANSWERS))
def test_an_answer_ends_at_its_last_byte_however_it_is_read(name: str) -> None:
    data = ANSWERS[name]
    for reads in splits(data):
        framing, ends = run(reads)
        assert framing.clean, (name, reads[:3])
        assert ends[:-1] == [-1] * (len(reads) - 1)
        assert ends[-1] == len(reads[-1])


@pytest.mark.parametrize("name", list(ANSWERS))
@pytest.mark.parametrize(
    "extra", [STALE, b"{}", b"x", b"\r\n"], ids=["answer", "json", "x", "crlf"]
)
def test_bytes_after_an_answer_are_seen_and_it_still_ends_where_it_ends(
    name: str, extra: bytes
) -> None:
    data = ANSWERS[name]
    for cut in (len(data), len(data) - 1, 1):  # the extra bytes in the answer's last read
        framing, ends = run([data[:cut], data[cut:] + extra])
        assert framing.state == ENDED and not framing.clean
        assert ends[-1] == len(data) - cut
    framing, ends = run([data, extra])  # or in a read of their own, later
    assert ends == [len(data), 0] and not framing.clean


def test_a_head_answer_has_no_body_whatever_its_length() -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n"
    framing, ends = run([head], no_body=True)
    assert framing.clean and ends == [len(head)]
    framing, _ = run([head + b"x"], no_body=True)
    assert not framing.clean


def test_an_unfinished_answer_is_not_clean() -> None:
    for name, data in ANSWERS.items():
        framing, ends = run([data[:-1]])
        assert not framing.clean and ends == [-1], name


UNREADABLE = {
    "no-length-read-to-close": b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nabc",
    "length-not-a-number": b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}",
    "gzip-transfer-coding": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{}",
    "bad-chunk-size": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "not-http": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "leading-blank-line": b"\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}",
    "switching-protocols": b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\n\r\n",
}


@pytest.mark.parametrize("name", list(UNREADABLE))
def test_what_is_not_read_for_sure_is_never_clean(name: str) -> None:
    for reads in splits(UNREADABLE[name]):
        framing, ends = run(reads)
        assert framing.state == UNSURE and not framing.clean, reads[:3]
        assert set(ends) == {-1}


# Framing reads these one way, h11 refuses them: httpcore2 closes such a connection anyway.
REFUSED_BY_H11 = {
    "two-different-lengths": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3"
    b"\r\n\r\n{}x",
    "a-length-folded-on": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n 0\r\n\r\n{}",
    "chunked-folded-on": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n , gzip\r\n\r\n"
    b"0\r\n\r\n",
    "a-chunk-without-its-crlf": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"2\r\n{}xx0\r\n\r\n",
}


@pytest.mark.parametrize("name", list(REFUSED_BY_H11))
def test_where_framing_reads_past_a_mistake_h11_fails_the_answer(name: str) -> None:
    data = REFUSED_BY_H11[name]
    assert h11_left_over([data]) is None
    assert h11_left_over([data + STALE]) is None


def test_a_header_block_or_chunk_line_without_end_gives_up_past_its_cap() -> None:
    framing, _ = run([b"HTTP/1.1 200 OK\r\nX: " + b"a" * 200_000])
    assert framing.state == UNSURE
    body = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    framing, _ = run([body + b"1;" + b"e" * 5000])
    assert framing.state == UNSURE


def test_a_long_body_ends_at_its_length_only() -> None:
    data = answer(b"x" * 100_000)
    reads = [data[i : i + 1000] for i in range(0, len(data), 1000)]
    framing, ends = run(reads[:-1])
    assert set(ends) == {-1}
    assert framing.feed(reads[-1] + b"x") == len(reads[-1]) and not framing.clean


# -- against h11 ---------------------------------------------------------------------------


def h11_left_over(reads: list[bytes], method: bytes = b"GET") -> bytes | None:
    """What h11, as httpcore2 drives it, holds past the answer; None when it fails the answer
    or never ends it."""
    connection = h11.Connection(h11.CLIENT)
    connection.send(h11.Request(method=method, target="/", headers=[("Host", "x")]))
    connection.send(h11.EndOfMessage())
    pending = list(reads)
    try:
        while True:
            event = connection.next_event()
            if event is h11.NEED_DATA:
                if not pending:
                    return None
                connection.receive_data(pending.pop(0))
            elif isinstance(event, h11.EndOfMessage):
                return connection.trailing_data[0] + b"".join(pending)
    except h11.RemoteProtocolError:
        return None


@pytest.mark.parametrize("name", list(ANSWERS))
def test_h11_agrees_on_every_answer(name: str) -> None:
    data = ANSWERS[name]
    assert h11_left_over([data]) == b""
    assert h11_left_over([data + STALE]) == STALE


def _answers() -> st.SearchStrategy[bytes]:
    body = st.binary(max_size=300)
    status = st.sampled_from([b"200 OK", b"201 Created", b"204 No Content", b"304 X", b"404 N"])
    names = st.sampled_from([b"Content-Length", b"content-length", b"CONTENT-LENGTH"])
    length = st.builds(
        lambda s, n, b: b"HTTP/1.1 %s\r\nX-Pad: a\r\n%s: %d\r\n\r\n%s" % (s, n, len(b), b),
        status,
        names,
        body,
    )
    parts = st.lists(st.binary(min_size=1, max_size=80), max_size=4)
    trailer = st.sampled_from([b"", b"X-T: 1\r\n"])
    ext = st.sampled_from([b"", b";a=b", b" \t"])
    chunks = st.builds(chunked, parts, trailer, ext)
    interim = st.sampled_from([b"", b"HTTP/1.1 100 Continue\r\n\r\n"])
    return st.builds(lambda i, a: i + a, interim, st.one_of(length, chunks))


@settings(max_examples=300, deadline=None)
@given(
    data=_answers(),
    extra=st.sampled_from([b"", b"{}", b"x", STALE, b"HTTP/1.1 2", b"\r\n"]),
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=4),
    head=st.booleans(),
)
def test_framing_and_h11_agree_on_what_is_left_over(
    data: bytes, extra: bytes, cuts: list[int], head: bool
) -> None:
    wire = data + extra
    points = sorted({c % (len(wire) + 1) for c in cuts})
    reads = [wire[a:b] for a, b in zip([0, *points], [*points, len(wire)], strict=True) if b > a]
    left = h11_left_over(reads, b"HEAD" if head else b"GET")
    framing, _ = run(reads, no_body=head)
    if framing.clean:  # the connection would be reused: h11 must hold nothing
        assert left == b""
    if left:  # h11 holds bytes: the connection must not be reused
        assert not framing.clean
    if framing.state != UNSURE:
        assert left is not None and framing.clean == (left == b"")
