"""An incremental CSV decoder: bytes in, row dicts out, no I/O and no whole-file buffer.

Used by both clients' export loops. Feed it the chunks of a download as they arrive:

    decoder = CsvStreamDecoder()
    for chunk in chunks:
        for row in decoder.feed(chunk):
            ...
    for row in decoder.finish():
        ...

The file may be gzip (known by its magic bytes, whatever the URL says) or plain, UTF-8 with
or without a BOM, with CRLF or LF line ends. Fields follow RFC 4180: a field that holds a
comma, a quote or a line break is quoted, and a quote inside it is doubled. The first record is
the header; each later record becomes a dict keyed by it.
"""

from __future__ import annotations

import codecs
import csv
import io
import zlib
from collections.abc import Iterator

from ._errors import ExportFormatError

Row = dict[str, str]

_GZIP_MAGIC = b"\x1f\x8b"
_GZIP_WBITS = 16 + zlib.MAX_WBITS
# Inflate at most this many bytes per step, so a highly compressed chunk never expands at once.
_INFLATE_STEP = 64 * 1024
MAX_RECORD_CHARS = 4 * 1024 * 1024
"""The longest record read (4 Mi characters, far past any export row): a file with no line
end, or with a quote never closed, fails here instead of filling memory."""


class CsvStreamDecoder:
    """Turns the byte chunks of a CSV (or gzip CSV) file into rows, a chunk at a time.

    `feed` and `finish` are generators: exhaust each before feeding the next chunk.
    Malformed input (a broken gzip stream, bad UTF-8, bad quoting, a record longer than the
    header) raises `ExportFormatError`.
    """

    def __init__(self) -> None:
        self._head = b""  # the first bytes, until there are enough to tell gzip from plain
        self._gzip: bool | None = None
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        self._pending: list[str] = []  # text after the last complete record
        self._pending_size = 0  # characters in `_pending`
        self._pending_quotes = 0  # parity of the quotes in `_pending`
        self._header: list[str] | None = None
        self._records = 0

    @property
    def header(self) -> list[str] | None:
        """The column names, once the first record has been read."""
        return None if self._header is None else list(self._header)

    def feed(self, chunk: bytes) -> Iterator[Row]:
        """The rows completed by `chunk`."""
        for data in self._plain_bytes(chunk):
            yield from self._rows(self._decode(data), final=False)

    def finish(self) -> Iterator[Row]:
        """The rows left once the file has ended (a last record without a line end)."""
        for data in self._plain_bytes(b"", final=True):
            yield from self._rows(self._decode(data), final=False)
        if self._gzip:
            yield from self._rows(self._decode(self._drain()), final=False)
            if not self._inflater.eof:
                raise ExportFormatError("the gzip file ends before its end marker (truncated)")
        yield from self._rows(self._decode(b"", final=True), final=True)

    # -- bytes: gzip or not -------------------------------------------------------------------

    def _plain_bytes(self, chunk: bytes, final: bool = False) -> Iterator[bytes]:
        if self._gzip is None:
            self._head += chunk
            if len(self._head) < len(_GZIP_MAGIC) and not final:
                return
            self._gzip = self._head.startswith(_GZIP_MAGIC)
            chunk, self._head = self._head, b""
        if self._gzip:
            yield from self._inflate(chunk)
        elif chunk:
            yield chunk

    def _inflate(self, data: bytes) -> Iterator[bytes]:
        while data:
            if self._inflater.eof:
                # Concatenated gzip members form one file; zero padding after the last is allowed.
                data = data.lstrip(b"\x00")
                if not data:
                    return
                self._inflater = zlib.decompressobj(_GZIP_WBITS)
            try:
                out = self._inflater.decompress(data, _INFLATE_STEP)
            except zlib.error as exc:
                raise ExportFormatError(f"the gzip file is corrupt: {exc}") from None
            if out:
                yield out
            eof = self._inflater.eof
            data = self._inflater.unused_data if eof else self._inflater.unconsumed_tail

    def _drain(self) -> bytes:
        """Output zlib still holds once all input was given (possible after a capped step)."""
        parts = []
        while not self._inflater.eof:
            try:
                out = self._inflater.decompress(b"", _INFLATE_STEP)
            except zlib.error as exc:
                raise ExportFormatError(f"the gzip file is corrupt: {exc}") from None
            if not out:
                break
            parts.append(out)
        return b"".join(parts)

    def _decode(self, data: bytes, final: bool = False) -> str:
        try:
            return self._text.decode(data, final)
        except UnicodeDecodeError as exc:
            raise ExportFormatError(f"the file is not UTF-8: {exc.reason}") from None

    # -- text: records and fields -------------------------------------------------------------

    def _rows(self, text: str, *, final: bool) -> Iterator[Row]:
        cut = len(text) if final else self._record_end(text)
        if cut < 0:
            if text:
                self._pending.append(text)
                self._pending_size += len(text)
                self._pending_quotes ^= text.count('"') & 1
                if self._pending_size > MAX_RECORD_CHARS:
                    raise ExportFormatError(
                        f"record {self._records + 1} is longer than {MAX_RECORD_CHARS:,} "
                        "characters: the file has no line end there, or a quote never closed"
                    )
            return
        self._pending.append(text[:cut])
        complete = "".join(self._pending)
        rest = text[cut:]
        self._pending = [rest] if rest else []
        self._pending_size = len(rest)
        self._pending_quotes = rest.count('"') & 1
        if complete:
            yield from self._parse(complete)

    def _record_end(self, text: str) -> int:
        """Where the last complete record in `_pending + text` ends within `text`, or -1.

        A line end closes a record only outside quotes. `_pending` starts at a record boundary,
        so the parity of the quotes before a stretch of text says whether it is inside a quoted
        field (a doubled quote flips it twice). One pass from the end, over the stretches
        between quotes: the cost is linear in `text`, whatever is pending.
        """
        stretches = text.split('"')
        end = len(text)
        for quotes_before in range(len(stretches) - 1, -1, -1):
            stretch = stretches[quotes_before]
            end -= len(stretch)  # now the start of this stretch
            if (self._pending_quotes + quotes_before) & 1 == 0:
                line_end = stretch.rfind("\n")
                if line_end >= 0:
                    return end + line_end + 1
            end -= 1  # the quote before it
        return -1

    def _parse(self, complete: str) -> Iterator[Row]:
        reader = csv.reader(io.StringIO(complete, newline=""), strict=True)
        while True:
            try:
                fields = next(reader, None)
            except csv.Error as exc:
                raise ExportFormatError(f"record {self._records + 1}: bad CSV: {exc}") from None
            if fields is None:
                return
            if not fields:
                continue  # a blank line
            self._records += 1
            if self._header is None:
                self._header = fields
                continue
            yield self._row(fields)

    def _row(self, fields: list[str]) -> Row:
        header = self._header or []
        if len(fields) > len(header):
            raise ExportFormatError(
                f"record {self._records} has {len(fields)} fields but the header has {len(header)}"
            )
        # A short record leaves its last columns empty, as an empty field would.
        return {name: fields[i] if i < len(fields) else "" for i, name in enumerate(header)}
