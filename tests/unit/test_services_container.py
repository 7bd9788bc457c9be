"""Services reach the Dispatcher from one place: every field, under its own name."""

from dataclasses import fields
from pathlib import Path

from bot.app import build_dispatcher, open_services
from bot.config import load_settings
from tests.conftest import TEST_TOKEN


async def test_every_service_is_workflow_data_and_the_storage_is_the_fsm_storage(
    tmp_path: Path,
) -> None:
    settings = load_settings({"BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(tmp_path / "s.db")})
    services = await open_services(settings)
    try:
        dispatcher = build_dispatcher(services)
        for field in fields(services):
            if field.name == "storage":
                assert dispatcher.fsm.storage is services.storage
                assert "storage" not in dispatcher.workflow_data
            else:
                assert dispatcher[field.name] is getattr(services, field.name), field.name
        assert dispatcher["staff_t"]("staff-outdated-button") == services.i18n.get(
            services.i18n.default_locale
        )("staff-outdated-button")
    finally:
        await services.db.close()
