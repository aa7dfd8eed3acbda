import pytest

from kg.config import ROOT, SETTINGS, Config


def test_defaults(monkeypatch):
    config = Config()
    assert config.host == "127.0.0.1"
    assert config.port == 8000


def test_environment_overrides(monkeypatch):
    monkeypatch.setenv("KG_PORT", "8123")
    assert Config().port == 8123


def test_unknown_override_is_refused():
    with pytest.raises(TypeError):
        Config(nope="1")


def test_readme_documents_every_setting():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, f"{setting.env} is not documented in the README"
