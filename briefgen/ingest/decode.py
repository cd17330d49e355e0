"""Raw bytes → text: detect the encoding, refuse what is not an article."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from briefgen.errors import SourceError

# Share of undecodable or control characters above which a file is not text.
MAX_NOISE = 0.02
# Control characters (C0 but tab, newline, vertical tab, form feed; DEL; C1).
_CONTROL = re.compile("[\x00-\x08\x0d-\x1f\x7f-\x9f]")


def decode_bytes(raw: bytes, path: Path) -> str:
    """Decode a source file; UTF-8 (± BOM), UTF-16 (BOM) and legacy 8-bit encodings."""
    if not raw.strip():
        raise SourceError("the file is empty; a source needs an article's text", path=path)
    text = _decode_by_bom(raw)
    if text is None:
        if b"\x00" in raw:
            raise SourceError(
                "the file is binary (it contains NUL bytes); a source must be text or HTML",
                path=path,
            )
        text = _decode_utf8(raw)
    if text is None:
        text = _decode_detected(raw, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _noise_share(repair_mojibake(text)) > MAX_NOISE:
        raise SourceError(
            "the file does not decode to readable text (too many control or replacement "
            "characters); save it as UTF-8",
            path=path,
        )
    text = repair_mojibake(text)
    # A few stray control characters are let through the noise check; they are
    # invisible, and not allowed in the HTML or XML that the text ends up in.
    text = _CONTROL.sub("", text)
    if not text.strip():
        raise SourceError("the file has no text; a source needs an article's text", path=path)
    return text


def _decode_by_bom(raw: bytes) -> str | None:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    if _looks_like_bomless_utf16(raw):
        encoding = "utf-16-le" if raw[1::2].count(0) > raw[0::2].count(0) else "utf-16-be"
        return raw.decode(encoding, errors="replace")
    return None


def _looks_like_bomless_utf16(raw: bytes) -> bool:
    """ASCII-heavy UTF-16 without a BOM has a NUL in every other byte."""
    if len(raw) < 4 or len(raw) % 2:
        return False
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    half = len(raw) // 2
    return max(odd, even) > 0.6 * half and min(odd, even) < 0.05 * half


def _decode_utf8(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_detected(raw: bytes, path: Path) -> str:
    best = from_bytes(raw).best()
    encoding = best.encoding if best is not None else None
    # Web text that is not UTF-8 is nearly always Windows-1252; detectors sometimes
    # name a rarer 8-bit code page for short samples.
    # Latin-1 is also read as Windows-1252 first: its C1 range is control characters
    # where cp1252 has quotes and dashes.
    if encoding is None or encoding.replace("_", "").lower() not in _PREFERRED_8BIT - {"latin1"}:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    if encoding is None:
        try:
            return raw.decode("latin-1")
        except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes any byte
            raise SourceError("the file's encoding cannot be recognised", path=path) from None
    return raw.decode(encoding, errors="replace")


_PREFERRED_8BIT = {"cp1252", "latin1", "iso88591", "iso885915", "windows1252", "ascii", "utf8"}


def _noise_share(text: str) -> float:
    if not text:
        return 1.0
    # One pass of a regex, not a call per character (a third of reading a plain file).
    return (len(_CONTROL.findall(text)) + text.count("\ufffd")) / len(text)


# UTF-8 read as Windows-1252 somewhere upstream (a feed, a database, a copy and paste):
# "â€œ" for “, "â€™" for ’, "Ã©" for é. The quotation marks are the first casualty, and a
# quotation without its marks is no quotation. Only the lead characters whose mojibake
# never occurs in real text are repaired: Â and Ã (Latin-1 letters and signs), â€ and
# â„ (punctuation, ™).
_CP1252_HIGH = bytes(range(0x80, 0xC0)).decode("cp1252", errors="replace")
# A byte 0x80–0xBF as Windows-1252 shows it, or as Latin-1 does (a C1 control).
_CONTINUATION = re.escape(_CP1252_HIGH.replace("\ufffd", "") + "".join(map(chr, range(0x80, 0xC0))))
_MOJIBAKE = re.compile(f"[ÂÃ][{_CONTINUATION}]|â[€„\x80\x84][{_CONTINUATION}\ufffd]?")


def _to_byte(ch: str) -> int:
    if ch == "\ufffd":
        return 0x9D  # the one byte of a curly quote that Windows-1252 cannot show
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(ch)  # a C1 control character: Latin-1's reading of the byte


def _repair(match: re.Match[str]) -> str:
    run = match.group()
    if run.startswith("â") and len(run) == 2:
        # "â€" whose last byte was lost: only the closing double quote ends so.
        return "”" if run in ("â€", "â\x80") else run
    try:
        return bytes(_to_byte(ch) for ch in run).decode("utf-8")
    except UnicodeDecodeError:
        return run


def repair_mojibake(text: str) -> str:
    if "Â" not in text and "Ã" not in text and "â" not in text:
        return text
    return _MOJIBAKE.sub(_repair, text)
