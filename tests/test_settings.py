"""Tests for dateline.settings: precedence, parsing, and that every setting is documented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.errors import SettingsError
from dateline.settings import SETTINGS, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_every_setting_is_in_the_readme_settings_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, setting in SETTINGS.items():
        row = rf"^\| `{name}` \| `{setting.env}` \|"
        assert re.search(row, readme, re.M), f"README's settings table lacks `{name}`"


def test_aliases_default_file_environment_flag(tmp_path):
    config = tmp_path / "dateline.toml"
    config.write_text('aliases = "from-file.yaml"\n', encoding="utf-8")
    assert load_settings(config=config, environ={})["aliases"] == "from-file.yaml"
    env = {"DATELINE_ALIASES": "from-env.csv"}
    assert load_settings(config=config, environ=env)["aliases"] == "from-env.csv"
    flags = {"aliases": "from-flag.yaml"}
    assert load_settings(flags, config=config, environ=env)["aliases"] == "from-flag.yaml"
    # An empty variable switches a file's alias file off.
    assert load_settings(config=config, environ={"DATELINE_ALIASES": ""})["aliases"] is None


def test_no_alias_file_by_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no dateline.toml here
    assert load_settings(environ={})["aliases"] is None


def test_unknown_setting_in_file_is_named(tmp_path):
    config = tmp_path / "dateline.toml"
    config.write_text('alias = "typo.yaml"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="alias") as err:
        load_settings(config=config, environ={})
    assert "aliases" in err.value.hint
