"""Where an HTTP/1.1 answer ends in the bytes its connection receives, and whether more followed.

h11 (under httpcore2) keeps bytes that came in the same read as an answer but lie past its end,
and reads them as the next request's answer on that connection; aiohttp fails the answer itself
when they do not parse as HTTP. The transports feed every read to a `Framing` and drop the
connection when an answer did not end exactly at the last byte received (`_transport.py`,
`_aiohttp_guard.py`).

The rules are h11's (a header block ends at the first `\\n\\r?\\n`; no body for 1xx, 204, 304
or HEAD; Transfer-Encoding beats Content-Length). An answer they cannot read for sure (no
framing header, so a body up to the close; a Transfer-Encoding other than chunked; an odd
status or chunk line; a header block past h11's limit) ends as `UNSURE`, which the transports
treat like bytes left over. Where they would read past a mistake h11 refuses (two different
lengths, a length folded onto a second line, a chunk without its CRLF), httpcore2 closes the
connection itself. tests/test_framing.py checks all this against h11.

Cost: each header block is scanned a few times by `bytes` methods (C loops; a regular
expression costs more), a chunk line is matched once, and a read of a body is one subtraction.
"""

from __future__ import annotations

import re

_CHUNK = re.compile(rb"([0-9A-Fa-f]{1,20})(?:;[^\r\n]*)?[ \t]*\r\n")
_MAX_HEAD = 128 * 1024  # h11 (in httpcore2) refuses a header block past 100 KiB
_MAX_LINE = 4096

# States of `Framing.state`.
HEAD, LENGTH, CHUNKS, ENDED, UNSURE = range(5)


def _blank_line_end(buffer: bytes | bytearray, start: int) -> int:
    """Where the first blank line from `start` ends (h11's `\\n\\r?\\n`), or -1."""
    crlf = buffer.find(b"\n\r\n", start)
    lf = buffer.find(b"\n\n", start, len(buffer) if crlf < 0 else crlf + 1)
    if lf >= 0:
        return lf + 2
    return -1 if crlf < 0 else crlf + 3


class Framing:
    """The framing of the answers on one connection, fed the bytes received; `restart()`
    when a request is sent."""

    __slots__ = ("_buffer", "_left", "_no_body", "_trailer", "clean", "state")

    _buffer: bytes | bytearray  # b"", or the unfinished header block or chunk line

    def __init__(self, no_body: bool = False) -> None:
        self.restart(no_body)

    def restart(self, no_body: bool = False) -> None:
        """A request was sent (`no_body`: a HEAD): its answer comes next."""
        self.state = HEAD
        self.clean = False  # True once the answer ended exactly at the last byte received
        self._no_body = no_body
        self._buffer = b""
        self._left = 0  # body bytes still due, or chunk data (and its CRLF) to skip
        self._trailer = False

    def feed(self, data: bytes) -> int:
        """Take the next bytes received. Returns -1 while the answer goes on (or cannot be
        read for sure), else how many bytes of `data` belong to it: any past those came
        after it."""
        state = self.state
        if state == HEAD:
            if not self._buffer:  # an answer's first read: no copy
                return self._head(data, 0)
            return self._head(*self._pending(data))
        if state == LENGTH:  # a long body's reads: one subtraction each
            left = self._left
            if len(data) < left:
                self._left = left - len(data)
                return -1
            self.state = ENDED
            self.clean = len(data) == left
            return left
        if state == CHUNKS:
            if not self._buffer:
                return self._chunks(data, 0, 0)
            buffer, before = self._pending(data)
            return self._chunks(buffer, 0, before)
        if state == ENDED:
            self.clean = self.clean and not data
            return 0
        return -1  # UNSURE

    def _pending(self, data: bytes) -> tuple[bytearray, int]:
        """The unfinished bytes with `data` after them (in place, so a header block that
        trickles in is not copied again at every read), and how many came before."""
        pending = self._buffer
        assert isinstance(pending, bytearray)
        before = len(pending)
        pending += data
        return pending, before

    def _hold(self, buffer: bytes | bytearray, start: int) -> int:
        """Keep `buffer[start:]` for the next read."""
        if buffer is not self._buffer or start:
            self._buffer = bytearray(buffer[start:])
        return -1

    def _end(self, at: int, size: int, before: int) -> int:
        """The answer ends at `at` in a buffer of `size` bytes, `before` of them earlier."""
        self.state = ENDED
        self.clean = at == size
        self._buffer = b""
        return at - before

    def _unsure(self) -> int:
        self.state = UNSURE
        self.clean = False
        self._buffer = b""
        return -1

    def _head(self, buffer: bytes | bytearray, before: int) -> int:
        """The header blocks: any 1xx ones, then the answer's. `before` bytes of `buffer` came
        in earlier reads."""
        start = 0
        # The earlier bytes held no blank line: look again only where one could end now.
        body = _blank_line_end(buffer, max(0, before - 2))
        while True:
            if body < 0:
                if len(buffer) - start > _MAX_HEAD:
                    return self._unsure()
                return self._hold(buffer, start)
            code = buffer[start + 9 : start + 12]  # h11 takes "HTTP/d.d ddd" only
            if not (code.isdigit() and buffer.startswith(b"HTTP/", start)):
                return self._unsure()
            if code[0] != 49:  # not 1xx
                break
            if code == b"101":  # a switch of protocol: never reused
                return self._unsure()
            start = body
            body = _blank_line_end(buffer, start)
        if self._no_body or code == b"204" or code == b"304":
            return self._end(body, len(buffer), before)
        # A header line starts after a line feed; a folded one (a space or tab first) is never
        # taken for these, and h11 refuses a length or coding folded onto a second line.
        block = buffer[start:body].lower()
        at = block.find(b"\ntransfer-encoding:")
        if at >= 0:  # it beats Content-Length
            at += 19
            if block[at : block.index(b"\n", at)].strip(b" \t\r") != b"chunked":
                return self._unsure()
            self.state = CHUNKS
            return self._chunks(buffer, body, before)
        at = block.find(b"\ncontent-length:")
        if at < 0:  # a body up to the close: the connection is not reused
            return self._unsure()
        at += 16
        length = block[at : block.index(b"\n", at)].strip(b" \t\r")  # h11: the same if twice
        if not length.isdigit():
            return self._unsure()
        end = body + int(length)
        if end > len(buffer):
            self.state = LENGTH
            self._left = end - len(buffer)
            self._buffer = b""
            return -1
        return self._end(end, len(buffer), before)

    def _chunks(self, buffer: bytes | bytearray, pos: int, before: int) -> int:
        """A chunked body from `pos`: skip each chunk's data, read its size line, then the
        trailer section, up to its blank line (h11's rules)."""
        size = len(buffer)
        while True:
            if self._left:
                if pos + self._left > size:
                    self._left -= size - pos
                    self._buffer = b""
                    return -1
                pos += self._left
                self._left = 0
            if self._trailer:
                if buffer.startswith(b"\n", pos):
                    return self._end(pos + 1, size, before)
                if buffer.startswith(b"\r\n", pos):
                    return self._end(pos + 2, size, before)
                end = _blank_line_end(buffer, pos)
                if end < 0:
                    return self._wait(buffer, pos)
                return self._end(end, size, before)
            line = _CHUNK.match(buffer, pos)
            if line is None:
                if buffer.find(b"\r\n", pos) >= 0:  # a whole line, but not a chunk size
                    return self._unsure()
                return self._wait(buffer, pos)
            pos = line.end()
            chunk = int(line[1], 16)
            if chunk:
                self._left = chunk + 2
            else:
                self._trailer = True

    def _wait(self, buffer: bytes | bytearray, pos: int) -> int:
        if len(buffer) - pos > _MAX_LINE:
            return self._unsure()
        return self._hold(buffer, pos)


__all__ = ["Framing"]
