"""The handler tests' harness fixture (real Dispatcher, SQLite file, strict fake Bot API)."""

from tests.handlers.conftest import start_harness

__all__ = ["start_harness"]
