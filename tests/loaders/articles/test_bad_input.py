"""Bad input gets a clear error or a clean result, never a crash and never a partial write."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from proxygraph.cli.main import app
from proxygraph.loaders.articles import ArticleLoader, extract, extract_file, parse_article
from proxygraph.ontology import Entity, LoaderError

GOOD = "title: Strike\noutlet: Wire\npublished: 2024-02-08\n\nThe Iranian-backed Houthis seized a ship in the Red Sea on Wednesday.\n"
KNOWN = [Entity("iran", "State", "Iran"), Entity("houthis", "ArmedGroup", "Houthis"), Entity("red-sea", "Region", "Red Sea")]
runner = CliRunner()


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_empty_file_is_a_clean_empty_result(tmp_path):
    x = extract_file(write(tmp_path, "empty.txt", ""), KNOWN)
    assert x.claims == [] and x.entities == [] and any("no content" in w for w in x.warnings)


def test_binary_file_is_a_clear_error(tmp_path):
    with pytest.raises(LoaderError, match="binary"):
        extract_file(write(tmp_path, "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50), KNOWN)


def test_non_utf8_file_is_a_clear_error(tmp_path):
    with pytest.raises(LoaderError, match="not valid UTF-8"):
        extract_file(write(tmp_path, "latin.txt", "Le Hezbollah a d\xe9clar\xe9 ceci.".encode("latin-1")), KNOWN)


def test_html_page_is_read_as_text(tmp_path):
    page = "<html><body><nav>Menu</nav><p>The Iranian-backed Houthis seized a ship.</p><script>x()</script></body></html>"
    x = extract_file(write(tmp_path, "page.html", page), KNOWN)
    assert ("iran", "backs", "houthis") in {(c.subject, c.predicate, c.object) for c in x.claims}


def test_huge_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: cheap to make, refused by size
    with pytest.raises(LoaderError, match="more than"):
        extract_file(p, KNOWN)


def test_truncated_file_gives_what_is_whole_and_says_so(tmp_path):
    data = (GOOD + "Tehran said the group act").encode("utf-8") + "é".encode("utf-8")[:1]
    x = extract_file(write(tmp_path, "cut.txt", data), KNOWN)
    assert x.claims and any("truncated" in w for w in x.warnings)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(LoaderError, match="not found"):
        extract_file(tmp_path / "nope.txt", KNOWN)


def test_loader_yields_located_errors_instead_of_raising(tmp_path):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", b"\x00\x01\x02binary")
    out = list(ArticleLoader(KNOWN).records(tmp_path))
    errors = [r for r in out if isinstance(r, LoaderError)]
    assert len(errors) == 1 and "b.txt" in str(errors[0])


def test_load_is_all_or_nothing(tmp_path, store):
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "b.txt", b"\xff\xfe\x00b\x00a\x00d")
    result = runner.invoke(app, ["load", "articles", str(tmp_path), "--store", str(store)])
    assert result.exit_code == 1 and "error" in result.output.lower() + (result.stderr or "").lower()
    assert not store.exists()


def test_load_twice_changes_nothing(tmp_path, store):
    runner.invoke(app, ["load", "reference", "--help"])
    a = write(tmp_path, "a.txt", GOOD)
    first = runner.invoke(app, ["load", "articles", str(a), "--store", str(store)])
    assert first.exit_code == 0, first.output
    before = store.read_bytes()
    second = runner.invoke(app, ["load", "articles", str(a), "--store", str(store)])
    assert second.exit_code == 0 and " 0 added, 0 updated" in second.output
    assert "claims: 0 added, 0 updated" in second.output
    assert store.read_bytes() == before


def test_extract_json_document_and_store_untouched(tmp_path, store):
    a = write(tmp_path, "a.txt", GOOD)
    result = runner.invoke(app, ["extract", str(a), "--json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) >= {"source", "entities", "claims"}
    assert {"id", "name", "type", "new", "mentions"} <= set(doc["entities"][0])
    assert {"subject", "predicate", "object", "claimant", "modality", "evidence", "start", "end",
            "valid_from", "valid_to", "attributes"} <= set(doc["claims"][0])
    assert not store.exists()


def test_extract_bad_published_option_is_a_clean_error(tmp_path, store):
    a = write(tmp_path, "a.txt", GOOD)
    result = runner.invoke(app, ["extract", str(a), "--published", "Feb 8", "--store", str(store)])
    assert result.exit_code == 1


def test_relative_dates_without_publication_date_say_so(tmp_path):
    x = extract_file(write(tmp_path, "nodate.txt", "The Houthis seized a ship on Wednesday."), KNOWN)
    assert any("unresolved" in w for w in x.warnings)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600),
       st.lists(st.sampled_from(["Iran", "backed", "the", "Houthis", "said", "blamed", "strike", "on", "Wednesday", ",", ".",
                                 "denied", "in", "Red", "Sea", "-backed", "attack", "killed", "three", "“", "”", "'s"]), max_size=80))
def test_any_text_gives_a_result_never_a_crash(noise, words):
    for text in (noise, " ".join(words)):
        x = extract(parse_article(text, published=dt.date(2024, 2, 8)), KNOWN)
        for c in x.claims:
            assert x.article.text[c.start:c.end] == c.evidence


def test_more_text_than_an_article_is_refused(tmp_path):
    p = write(tmp_path, "dump.txt", "The Houthis seized a ship. " * 40_000)
    with pytest.raises(LoaderError, match="characters"):
        extract_file(p, KNOWN)
