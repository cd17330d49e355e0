"""Encodings and files that are not articles."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefgen.config import Config
from briefgen.errors import SourceError
from briefgen.ingest import ingest_source

ARTICLE = (
    "Mayor’s plan for café terraces approved\n\n"
    "The city council on Tuesday approved the mayor’s plan to widen café terraces on "
    "the main square, after a debate that ran past midnight.\n\n"
    "“It is a good day for the old town,” said councillor Zoë Müller.\n"
)


def write(project: Config, name: str, data: bytes) -> Path:
    path = project.seeds / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with BOM
        ARTICLE.encode("utf-16-le"),  # no BOM
        ARTICLE.encode("cp1252"),
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"').encode("latin-1"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "cp1252", "crlf", "latin1"],
)
def test_encodings_decode_to_the_same_article(project: Config, encoded: bytes) -> None:
    source = ingest_source(write(project, "a.txt", encoded), project)
    assert source.title is not None and source.title.startswith("Mayor")
    assert "café terraces" in source.title
    body = " ".join(p.text for p in source.paragraphs)
    assert "approved the mayor" in body and "Zoë Müller" in body
    assert "\r" not in body and "\ufeff" not in body


def test_sha256_is_of_the_raw_bytes(project: Config) -> None:
    import hashlib

    data = codecs.BOM_UTF8 + ARTICLE.encode("utf-8")
    source = ingest_source(write(project, "a.txt", data), project)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.file == "seeds/a.txt" and source.id == "a"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(0x80, 0xA0)) * 20 + b"\x01\x02\x03" * 50, "readable"),
    ],
    ids=["empty", "blank", "binary", "garbage"],
)
def test_bad_files_stop_with_the_file_and_reason(project: Config, data: bytes, reason: str) -> None:
    path = write(project, "bad.txt", data)
    with pytest.raises(SourceError) as err:
        ingest_source(path, project)
    assert "seeds/bad.txt" in str(err.value)
    assert reason in str(err.value)


def test_utf8_read_as_windows_1252_upstream_gets_its_quotation_marks_back() -> None:
    from briefgen.ingest.decode import decode_bytes, repair_mojibake

    text = "“We will rebuild,” said the mayor. It’s late — café £5, naïve, Ñandú ™."
    as_cp1252 = text.encode("utf-8").decode("cp1252", errors="replace")
    assert "â€œ" in as_cp1252
    assert repair_mojibake(as_cp1252) == text
    as_latin1 = text.encode("utf-8").decode("latin-1")
    assert decode_bytes(as_latin1.encode("utf-8"), Path("seeds/a.txt")) == text
    # Real accented text is left alone.
    plain = "Le château âgé, Âge d'or, 5 €, São Paulo, Ãle."
    assert repair_mojibake(plain) == plain
