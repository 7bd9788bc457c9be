"""The machine-readable Bot API spec and structural validation of API calls.

Telegram receives parameters as form fields: every value is a string, objects and
arrays are JSON-serialized, booleans are ``true``/``false`` and integers decimal.
:func:`validate_call` checks such a call the way the Bot API server would: the
method must exist, no parameter may be unknown, required ones must be present and
every value must parse as one of its declared types, recursively through nested
objects.  Limits that the spec states only in prose live in :mod:`.limits`.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .limits import check_call_limits, check_object_limits

__all__ = [
    "ENV_VAR",
    "BotApiSpec",
    "FieldSpec",
    "decode_params",
    "default_spec_path",
    "load_spec",
    "validate_call",
]

ENV_VAR = "BOT_API_SPEC"

_INT = re.compile(r"-?[0-9]+")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
_SCALARS = frozenset({"Integer", "Float", "Boolean", "String", "InputFile"})
_ARRAY = "Array of "
_CONSTANT = re.compile(r'(?:always|must be) "?([a-z0-9_]+)"?\.?$')
_DISCRIMINATORS = frozenset({"type", "source", "status"})
_FAR = 100  # distance of a value from a type it cannot possibly be


@dataclass(frozen=True)
class FieldSpec:
    """One parameter of a method or one field of a type."""

    name: str
    types: tuple[str, ...]
    required: bool
    description: str = ""

    @property
    def constant(self) -> str | None:
        """The fixed value of a discriminator such as ``type`` ("must be photo")."""
        if self.name not in _DISCRIMINATORS or self.types != ("String",):
            return None
        match = _CONSTANT.search(self.description)
        return match.group(1) if match else None


def _fields(raw: Sequence[Mapping[str, Any]]) -> dict[str, FieldSpec]:
    return {
        f["name"]: FieldSpec(
            f["name"], tuple(f["types"]), bool(f["required"]), f.get("description", "")
        )
        for f in raw
    }


class BotApiSpec:
    """Read-only view of ``bot-api.json`` (methods, types, unions)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.version: str = data.get("version", "?")
        self._methods = {n: _fields(m.get("fields", [])) for n, m in data["methods"].items()}
        self._returns = {n: tuple(m.get("returns", [])) for n, m in data["methods"].items()}
        self._types: dict[str, dict[str, FieldSpec] | None] = {
            n: _fields(t["fields"]) if "fields" in t else None for n, t in data["types"].items()
        }
        self._subtypes = {n: tuple(t.get("subtypes", [])) for n, t in data["types"].items()}

    @property
    def method_names(self) -> frozenset[str]:
        return frozenset(self._methods)

    def has_method(self, name: str) -> bool:
        return name in self._methods

    def method_fields(self, name: str) -> dict[str, FieldSpec]:
        """Parameters of ``name`` as documented."""
        return self._methods[name]

    def call_fields(self, name: str) -> dict[str, FieldSpec]:
        """Parameters accepted for ``name``: exactly the documented ones. Deprecated parameters
        that Telegram still tolerates (disable_web_page_preview, reply_to_message_id) are
        refused, so the bot keeps to the current API."""
        return dict(self._methods[name])

    def returns(self, name: str) -> tuple[str, ...]:
        return self._returns[name]

    def has_type(self, name: str) -> bool:
        return name in self._types

    def type_fields(self, name: str) -> dict[str, FieldSpec] | None:
        """Fields of a type; ``None`` for field-less placeholders and unions."""
        return self._types.get(name)

    def subtypes(self, name: str) -> tuple[str, ...]:
        """Alternatives of an abstract type such as ``BotCommandScope``."""
        return self._subtypes.get(name, ())


def default_spec_path() -> Path:
    """``$BOT_API_SPEC`` or the copy in this package (``fake_telegram/spec/bot-api.json``)."""
    if env := os.environ.get(ENV_VAR):
        return Path(env)
    return Path(__file__).resolve().parent / "spec" / "bot-api.json"


@functools.lru_cache(maxsize=4)
def _load_cached(path: str) -> BotApiSpec:
    with open(path, encoding="utf-8") as fh:
        return BotApiSpec(json.load(fh))


def load_spec(path: str | os.PathLike[str] | None = None) -> BotApiSpec:
    """Load (and cache) the spec from ``path`` or :func:`default_spec_path`."""
    resolved = Path(path) if path is not None else default_spec_path()
    return _load_cached(str(resolved.resolve()))


def _kind(value: object) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        type(value), type(value).__name__
    )


class _Checker:
    """Recursive type checker for one call (knows the uploaded file parts)."""

    def __init__(self, spec: BotApiSpec, files: Collection[str]) -> None:
        self.spec = spec
        self.files = files

    def param(self, field: FieldSpec, raw: str) -> list[str]:
        """Check one form field (a string) against the field's declared types."""
        if _is_array_union(field.types):
            try:
                value = json.loads(raw)
            except ValueError:
                return [f"{field.name}: expected a JSON-serialized array, got {raw[:40]!r}"]
            return self.value(value, field.types, field.name)
        attempts: list[tuple[int, int, str, list[str]]] = []
        for expr in field.types:
            value, problems = self._parse(raw, expr, field.name)
            if not problems:
                return []
            attempts.append((self._distance(value, expr), len(problems), expr, problems))
        return self._best(attempts)

    def _parse(self, raw: str, expr: str, path: str) -> tuple[Any, list[str]]:
        """Interpret a form string as ``expr``; objects and arrays are JSON."""
        if expr == "String":
            return raw, []
        if expr == "InputFile":
            name = raw.removeprefix("attach://")
            ok = raw.startswith("attach://") and name in self.files
            return raw, [] if ok else [f"{path}: expected an uploaded file (attach://<part>)"]
        if expr in _SCALARS:
            return raw, self._scalar_form(raw, expr, path)
        try:
            value = json.loads(raw)
        except ValueError:
            return raw, [f"{path}: expected JSON-serialized {expr}, got {raw[:40]!r}"]
        return value, self.value(value, (expr,), path)

    @staticmethod
    def _scalar_form(raw: str, expr: str, path: str) -> list[str]:
        if expr == "Integer" and _INT.fullmatch(raw):
            return []
        if expr == "Boolean" and raw.lower() in _BOOLEANS:
            return []
        if expr == "Float":
            try:
                float(raw)
            except ValueError:
                pass
            else:
                return []
        return [f"{path}: expected {expr}, got {raw[:40]!r}"]

    def value(self, value: Any, types: Sequence[str], path: str) -> list[str]:
        """Check a JSON value against a union of type expressions."""
        if len(types) == 1:
            return self._one(value, types[0], path)
        if _is_array_union(types):
            return self._mixed_array(value, types, path)
        attempts: list[tuple[int, int, str, list[str]]] = []
        for expr in types:
            problems = self._one(value, expr, path)
            if not problems:
                return []
            attempts.append((self._distance(value, expr), len(problems), expr, problems))
        return self._best(attempts)

    def _mixed_array(self, value: Any, types: Sequence[str], path: str) -> list[str]:
        """ "Array of A" | "Array of B" means an array of A or B items (sendMediaGroup
        mixes photos and videos); what may not be mixed is checked in limits."""
        if not isinstance(value, list):
            return [f"{path}: expected an array, got {_kind(value)}"]
        inner = tuple(t.removeprefix(_ARRAY) for t in types)
        problems: list[str] = []
        for index, item in enumerate(value):
            problems.extend(self.value(item, inner, f"{path}[{index}]"))
        return problems

    @staticmethod
    def _best(attempts: list[tuple[int, int, str, list[str]]]) -> list[str]:
        """Problems of the closest alternative of a union."""
        _, _, expr, problems = min(attempts, key=lambda a: (a[0], a[1]))
        if len(attempts) == 1:
            return problems
        return [f"{p} [checked as {expr}]" for p in problems]

    def _one(self, value: Any, expr: str, path: str) -> list[str]:
        if expr.startswith(_ARRAY):
            if not isinstance(value, list):
                return [f"{path}: expected {expr}, got {_kind(value)}"]
            inner = expr.removeprefix(_ARRAY)
            problems: list[str] = []
            for index, item in enumerate(value):
                problems.extend(self.value(item, (inner,), f"{path}[{index}]"))
            return problems
        if expr in _SCALARS:
            return (
                []
                if _json_scalar_ok(value, expr)
                else [f"{path}: expected {expr}, got {_kind(value)}"]
            )
        if not self.spec.has_type(expr):
            return []  # unknown type name in the spec itself: do not guess
        return self._object(value, expr, path)

    def _object(self, value: Any, name: str, path: str) -> list[str]:
        if subtypes := self.spec.subtypes(name):
            return self.value(value, subtypes, path)
        if not isinstance(value, dict):
            return [f"{path}: expected {name} object, got {_kind(value)}"]
        fields = self.spec.type_fields(name)
        if fields is None:
            return []  # placeholder types such as CallbackGame carry no fields
        problems = [f"{path}.{key}: unknown field of {name}" for key in value if key not in fields]
        for field in fields.values():
            problems.extend(self._field(value, field, name, path))
        if not problems:
            problems.extend(check_object_limits(name, value, path))
        return problems

    def _field(self, obj: Mapping[str, Any], field: FieldSpec, owner: str, path: str) -> list[str]:
        if field.name not in obj:
            return (
                [f"{path}: missing required field {field.name!r} of {owner}"]
                if field.required
                else []
            )
        value = obj[field.name]
        problems = self.value(value, field.types, f"{path}.{field.name}")
        if field.constant is not None and value != field.constant:
            problems.append(f"{path}.{field.name}: must be {field.constant!r} for {owner}")
        return problems

    def _distance(self, value: Any, expr: str) -> int:
        """How far a value is from a type's shape; picks the best union member."""
        if expr.startswith(_ARRAY):
            return 0 if isinstance(value, list) else _FAR
        if expr in _SCALARS:
            return 0 if _json_scalar_ok(value, expr) or isinstance(value, str) else _FAR
        if subtypes := self.spec.subtypes(expr):
            return min(self._distance(value, sub) for sub in subtypes)
        fields = self.spec.type_fields(expr)
        if not isinstance(value, dict) or fields is None:
            return 0 if isinstance(value, dict) else _FAR
        unknown = sum(1 for key in value if key not in fields)
        missing = sum(1 for f in fields.values() if f.required and f.name not in value)
        wrong = sum(
            10
            for f in fields.values()
            if f.constant and f.name in value and value[f.name] != f.constant
        )
        return unknown + missing + wrong


def _is_array_union(types: Sequence[str]) -> bool:
    return len(types) > 1 and all(t.startswith(_ARRAY) for t in types)


def _json_scalar_ok(value: Any, expr: str) -> bool:
    if expr in {"String", "InputFile"}:
        return isinstance(value, str)
    if expr == "Boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if expr == "Integer":
        return isinstance(value, int)
    return isinstance(value, int | float)


def _decode_one(raw: str, types: Sequence[str]) -> Any:
    for expr in types:
        if expr == "Integer" and _INT.fullmatch(raw):
            return int(raw)
        if expr == "Boolean" and raw.lower() in _BOOLEANS:
            return _BOOLEANS[raw.lower()]
        if expr == "Float":
            try:
                return float(raw)
            except ValueError:
                continue
        if expr not in _SCALARS:
            try:
                return json.loads(raw)
            except ValueError:
                continue
    return raw


def decode_params(spec: BotApiSpec, method: str, params: Mapping[str, str]) -> dict[str, Any]:
    """Form strings -> Python values, guided by the declared types.

    ``chat_id`` becomes an ``int``, ``reply_markup`` a ``dict``, ``text`` stays a
    ``str`` even when it looks like a number.  Unknown parameters stay strings.
    """
    fields = spec.call_fields(method) if spec.has_method(method) else {}
    return {
        key: _decode_one(raw, fields[key].types) if key in fields else raw
        for key, raw in params.items()
    }


def _orphan_files(
    files: Collection[str], params: Mapping[str, str], fields: Collection[str]
) -> list[str]:
    """A file part must be a parameter itself or be referenced as ``attach://name``."""
    referenced = "\n".join(params.values())
    return [
        f"file part {name!r} is neither a parameter nor referenced as attach://{name}"
        for name in files
        if name not in fields and f"attach://{name}" not in referenced
    ]


def validate_call(
    method: str,
    params: Mapping[str, str],
    *,
    files: Collection[str] = (),
    spec: BotApiSpec | None = None,
) -> list[str]:
    """Human-readable reasons Telegram would reject this call (empty list: fine).

    ``params`` are the form fields exactly as sent (all strings); ``files`` are the
    names of multipart file parts.  Method names are case-sensitive here, which is
    stricter than Telegram but catches typos in bot code.
    """
    spec = spec if spec is not None else load_spec()
    if not spec.has_method(method):
        return [f"unknown method {method!r}"]
    fields = spec.call_fields(method)
    checker = _Checker(spec, files)
    problems: list[str] = []
    for key, raw in params.items():
        if key not in fields:
            problems.append(f"unknown parameter {key!r} for {method}")
        else:
            problems.extend(checker.param(fields[key], raw))
    problems.extend(
        f"missing required parameter {f.name!r} for {method}"
        for f in fields.values()
        if f.required and f.name not in params and f.name not in files
    )
    problems.extend(_orphan_files(files, params, fields))
    problems.extend(check_call_limits(method, decode_params(spec, method, params)))
    return problems
