"""bot/ has no import cycle: each module's imports at module level (those under
``if TYPE_CHECKING:`` included, since mypy follows them) never lead back to it. Imports inside
functions are left out: they are how a module defers a heavy or optional import on purpose."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[2] / "bot"


def _module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in BOT.rglob("*.py")}


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Import statements run when the module is imported (or read by mypy): function bodies
    are not entered."""
    found: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))
    return found


def _targets(name: str, statement: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    """The modules of bot/ that one import statement of module ``name`` names."""
    if isinstance(statement, ast.Import):
        return {alias.name for alias in statement.names if alias.name in known}
    assert not statement.level, f"{name}: bot/ imports absolutely (no relative imports)"
    base = statement.module or ""
    # "from bot.handlers import ids, build_router": a submodule, and the package itself
    targets = {f"{base}.{alias.name}" for alias in statement.names}
    return {target if target in known else base for target in targets} & known


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        graph[name] = set()
        for statement in _module_level_imports(tree):
            graph[name] |= _targets(name, statement, known) - {name}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path (first module repeated at the end), or None."""
    state: dict[str, str] = {}  # "open" while on the path, "done" once explored
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for target in sorted(graph.get(node, ())):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = "done"
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_bot_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_graph_sees_imports_of_every_kind() -> None:
    """The walk finds plain, from and TYPE_CHECKING imports, not those in functions (else the
    test above could pass on a graph that misses edges)."""
    source = (
        "import bot.config\n"
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from bot.app import Services\n"
        "def later():\n"
        "    from bot.cli import main\n"
    )
    statements = _module_level_imports(ast.parse(source))
    targets = set().union(*(_targets("bot.x", s, set(_modules())) for s in statements))
    assert targets == {"bot.config", "bot.app"}
    graph = import_graph()
    assert "bot.config" in graph["bot.app"]
    assert "bot.handlers.ids" in graph["bot.app"], "from bot.handlers import ids"
    assert "bot.handlers" in graph["bot.app"], "from bot.handlers import build_router"
    assert sum(len(targets) for targets in graph.values()) > 300


def test_a_cycle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
