"""Every locale carries the same messages with the same variables; every id the code uses
exists; every message formats without errors and never falls back to its bare id."""

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.bot_commands import ADMIN_COMMANDS, COMMANDS
from bot.content.tree import Tree
from bot.i18n import LOCALES, LOCALES_DIR, I18n

ROOT = Path(__file__).resolve().parents[2]
ID_IN_CODE = re.compile(r"""\bt\(\s*f?["']([a-z][a-z0-9-]+)["']""")


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)


def _messages(locale: str) -> dict[str, set[str]]:
    """Message id -> the variables it uses, for every .ftl file of a locale."""
    messages: dict[str, set[str]] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{path}: cannot parse {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in messages, f"{path}: duplicate {entry.id.name}"
                visitor = _Variables()
                visitor.visit(entry)
                messages[entry.id.name] = visitor.names
    return messages


def test_every_locale_has_the_same_ids_and_variables() -> None:
    reference = _messages("en")
    for locale in LOCALES:
        messages = _messages(locale)
        assert set(messages) == set(reference), (
            f"{locale}: missing {sorted(set(reference) - set(messages))}, "
            f"extra {sorted(set(messages) - set(reference))}"
        )
        for message_id, variables in reference.items():
            assert messages[message_id] == variables, f"{locale}/{message_id} variables"


def _ids_used_in_code(tree: Tree) -> set[str]:
    ids: set[str] = set(tree.message_ids())
    ids |= {f"command-{name}" for name in COMMANDS + ADMIN_COMMANDS}
    for path in (ROOT / "bot").rglob("*.py"):
        ids |= {
            i for i in ID_IN_CODE.findall(path.read_text(encoding="utf-8")) if not i.endswith("-")
        }
    return ids


def test_every_id_used_in_code_exists(tree: Tree) -> None:
    used = _ids_used_in_code(tree)
    assert len(used) > 40
    defined = set(_messages("en"))
    assert used - defined == set()


SAMPLE_ARGS = {
    "language": "Кыргызча",
    "part": 1,
    "parts": 2,
    "basis": "x",
    "date": "01.01.2026",
    "query": "q",
}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_formats_in_its_own_locale(locale: str, i18n: I18n) -> None:
    bundle_messages = _messages(locale)
    t = i18n.get(locale)
    for message_id in bundle_messages:
        text = t(message_id, **SAMPLE_ARGS)
        assert text != message_id
        assert "{" not in text and "}" not in text, f"{locale}/{message_id}"
        assert text.strip(), f"{locale}/{message_id} is empty"


def test_locale_choice(i18n: I18n) -> None:
    assert i18n.choose_locale("uz", "ru") == "uz"
    assert i18n.choose_locale(None, "ky") == "ky"
    assert i18n.choose_locale(None, "en-US") == "en"
    assert i18n.choose_locale(None, "de") == "ru"  # the default
    assert i18n.choose_locale(None, None) == "ru"
    assert i18n.choose_locale("xx", "uz") == "uz"
