"""What only the documents together show (``kg.build.corpus``): checked over the registry with what
every document says of it, in full on a first build and then for what each change touched."""

import shutil

import pytest
import yaml

from kg import build
from kg.config import ROOT, Config
from kg.errors import ValidationError


@pytest.fixture
def data(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target)
    return target


def _quote(data, source_id: str) -> str:
    """Forty characters of a source's text, where no quote mark is."""
    entry = next(e for e in yaml.safe_load((data / "sources" / "sources.yaml").read_text(encoding="utf-8"))
                 if e["id"] == source_id)
    text = (data / "sources" / entry["file"]).read_text(encoding="utf-8")
    return next(text[i:i + 40] for i in range(200, len(text)) if not set('"\\\n') & set(text[i:i + 40]))


def test_what_two_documents_say_together_is_checked(data, tmp_path):
    """Each document alone gives the programme one start date; together they give it two. The
    second is added to a checked build (the check then looks at what the change touched), and a
    failed build caches nothing: the next one fails the same."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    for sid, year in (("m4sd-board-rabat-2022", 2010), ("afro-asian-seminar-concept-note", 2011)):
        (data / "facts" / f"extra-{sid}.yaml").write_text(
            f'source: {sid}\nfacts:\n  - quote: "{_quote(data, sid)}"\n    about: programme/m4sd\n'
            f'    startDate: {year}\n', encoding="utf-8")
        if year == 2010:
            assert build.build(config).documents_read == 5
    for _ in range(2):
        with pytest.raises(ValidationError, match="start date is one"):
            build.build(config)


def test_an_entity_no_document_attests_fails_the_build(data, tmp_path):
    """On a first build, and when it is added to a checked one (its part of the registry is new), and
    again on the build after (a failed build remembers nothing)."""
    config = Config(data_dir=str(data), var_dir=str(tmp_path / "var"))
    build.build(config)
    (data / "entities" / "unattested.yaml").write_text(
        '- id: organization/nobody-quotes-us\n  type: IntergovernmentalOrganization\n'
        '  label: {ar: "منظمة لا يذكرها أحد", en: "An organization no document names"}\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ValidationError, match="attested by a quote"):
            build.build(config)
    with pytest.raises(ValidationError, match="attested by a quote"):
        build.build(Config(data_dir=str(data), var_dir=str(tmp_path / "scratch")))
