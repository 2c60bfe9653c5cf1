"""Where an HTTP/1.1 answer ends in the bytes its connection receives, and whether more followed.

h11 (under httpcore2) keeps bytes that came in the same read as an answer but lie past its end,
and reads them as the next request's answer on that connection; aiohttp fails the answer itself
when they do not parse as HTTP. The transports feed every read to a `Framing` and drop the
connection when an answer did not end exactly at the last byte received (`_transport.py`,
`_aiohttp_guard.py`).

The rules are h11's (a blank line is `\\n\\r?\\n`; no body for 1xx, 204, 304 or HEAD;
Transfer-Encoding beats Content-Length), kept strict: any answer they do not read for sure (a
folded header, two framing headers, a body up to the close, an odd chunk line) ends as
`UNSURE`, which the transports treat like bytes left over. Only the header block and the chunk
lines are looked at; a body is counted, not scanned.
"""

from __future__ import annotations

import re

_BLANK = re.compile(rb"\n\r?\n")
_STATUS = re.compile(rb"HTTP/[0-9]\.[0-9] ([0-9]{3})[ \r\n]")
_FIELD = re.compile(rb"\n(content-length|transfer-encoding):([^\r\n]*)", re.IGNORECASE)
_FOLD = re.compile(rb"\n[ \t]")
_CHUNK = re.compile(rb"([0-9A-Fa-f]{1,20})(?:;[^\r\n]*)?[ \t]*\r\n")
_MAX_HEAD = 128 * 1024  # h11 (in httpcore2) refuses a header block past 100 KiB
_MAX_LINE = 4096

# States of `Framing._state`.
HEAD, LENGTH, CHUNKS, ENDED, UNSURE = range(5)


class Framing:
    """One answer's framing, fed the bytes received after its request was sent."""

    __slots__ = ("_buffer", "_extra", "_left", "_no_body", "_state", "_trailer")

    def __init__(self, no_body: bool = False) -> None:
        self._no_body = no_body  # the request was a HEAD: headers only
        self._state = HEAD
        self._buffer = b""  # an unfinished header block or chunk line
        self._left = 0  # body bytes still due, or chunk data (and its CRLF) to skip
        self._trailer = False
        self._extra = False  # bytes came after the answer's end

    @property
    def state(self) -> int:
        return self._state

    @property
    def clean(self) -> bool:
        """The answer ended exactly at the last byte received: its connection can be reused."""
        return self._state == ENDED and not self._extra

    def feed(self, data: bytes) -> int:
        """Take the next bytes received. Returns -1 while the answer goes on (or cannot be
        read for sure), else how many bytes of `data` belong to the answer: those past that
        came after it."""
        state = self._state
        if state == LENGTH:  # most reads of a long body: one subtraction
            left = self._left
            if len(data) < left:
                self._left = left - len(data)
                return -1
            return self._end(left, len(data) > left)
        if state == HEAD:
            return self._head(self._buffer + data if self._buffer else data, len(self._buffer))
        if state == CHUNKS:
            buffer = self._buffer + data if self._buffer else data
            return self._chunks(buffer, 0, len(self._buffer))
        if state == ENDED:
            self._extra = self._extra or bool(data)
            return 0
        return -1  # UNSURE

    def _end(self, at: int, extra: bool) -> int:
        self._state = ENDED
        self._extra = extra
        self._buffer = b""
        return at

    def _unsure(self) -> int:
        self._state = UNSURE
        self._buffer = b""
        return -1

    def _head(self, buffer: bytes, before: int) -> int:
        """The header blocks: any 1xx ones, then the answer's. `before` bytes of `buffer` came
        in earlier reads."""
        start = 0
        while True:
            blank = _BLANK.search(buffer, start)
            if blank is None:
                if len(buffer) - start > _MAX_HEAD:
                    return self._unsure()
                self._buffer = buffer[start:]
                return -1
            status = _STATUS.match(buffer, start)
            if status is None:
                return self._unsure()
            code = int(status[1])
            if code >= 200:
                break
            if code == 101:  # a switch of protocol: never reused
                return self._unsure()
            start = blank.end()
        body = blank.end()
        if self._no_body or code == 204 or code == 304:
            return self._end(body - before, body < len(buffer))
        if _FOLD.search(buffer, start, body):
            return self._unsure()
        fields = _FIELD.findall(buffer, start, body)
        if len(fields) != 1:  # none (a body up to the close) or two: not for sure
            return self._unsure()
        name, value = fields[0]
        value = value.strip(b" \t")
        if len(name) == 17:  # transfer-encoding
            if value.lower() != b"chunked":
                return self._unsure()
            self._state = CHUNKS
            return self._chunks(buffer, body, before)
        if not value.isdigit():
            return self._unsure()
        end = body + int(value)
        if end > len(buffer):
            self._state = LENGTH
            self._left = end - len(buffer)
            self._buffer = b""
            return -1
        return self._end(end - before, end < len(buffer))

    def _chunks(self, buffer: bytes, pos: int, before: int) -> int:
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
                    end = pos + 1
                elif buffer.startswith(b"\r\n", pos):
                    end = pos + 2
                else:
                    blank = _BLANK.search(buffer, pos)
                    if blank is None:
                        return self._wait(buffer, pos)
                    end = blank.end()
                return self._end(end - before, end < size)
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

    def _wait(self, buffer: bytes, pos: int) -> int:
        if len(buffer) - pos > _MAX_LINE:
            return self._unsure()
        self._buffer = buffer[pos:]
        return -1


__all__ = ["Framing"]
