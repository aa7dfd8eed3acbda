from pathlib import Path

import pytest

from kg.config import ROOT, SETTINGS, Config, project_dir
from kg.errors import ConfigurationError


def test_defaults():
    config = Config()
    assert config.host == "127.0.0.1"
    assert config.port == 8000 and config.max_rows == 100000 and config.query_timeout == 30.0
    assert config.allow_service == () and config.var_dir == project_dir() / "var"


def test_environment_overrides_with_types(monkeypatch):
    monkeypatch.setenv("KG_PORT", "8123")
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("KG_ALLOW_SERVICE", " http://a/sparql  http://b/sparql ")
    monkeypatch.setenv("KG_VAR_DIR", "/tmp/kg-var")
    config = Config()
    assert config.port == 8123 and config.query_timeout == 2.5
    assert config.allow_service == ("http://a/sparql", "http://b/sparql")
    assert config.var_dir == Path("/tmp/kg-var")


def test_explicit_overrides_win_and_are_typed(monkeypatch):
    monkeypatch.setenv("KG_MAX_ROWS", "5")
    assert Config(max_rows="7").max_rows == 7
    assert Config(var_dir="relative").var_dir == project_dir() / "relative"


@pytest.mark.parametrize(("name", "value"), [("KG_PORT", "eighty"), ("KG_MAX_ROWS", "1.5"),
                                             ("KG_CACHE_MB", "lots"), ("KG_QUERY_WORKERS", "")])
def test_a_malformed_value_names_its_variable(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=name):
        Config()


def test_unknown_override_is_refused():
    with pytest.raises(TypeError):
        Config(nope="1")


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, f"{setting.env} is not documented in the README"
