"""The deployment files say what the docs say, checked without a Docker daemon: the
Dockerfile's base, user, volume, install and start commands and health check; the compose
file (parsed); the systemd unit (parsed); the Caddyfile; every ``python main.py …`` the docs
give parses with the real command line; .env.example lists every setting and the guide names
them. Where a Docker daemon answers, the image is built for real (skipped otherwise)."""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from bot import cli
from bot.db.migrate import MIGRATIONS_DIR
from bot.healthcheck import DEFAULT_WEBHOOK_LISTEN
from bot.i18n import LOCALES_DIR
from bot.version import PYPROJECT

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "compose.yaml"
UNIT = ROOT / "deploy" / "systemd" / "migrant-helpdesk.service"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
GUIDE = ROOT / "docs" / "deploy.md"
DOCS = [ROOT / "README.md", GUIDE, ROOT / "docs" / "operators.md", ROOT / "docs" / "scaling.md"]
INSTALL = 'pip install -c constraints.txt -e ".[run]"'


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    found = []
    for raw in text.splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            keyword, _, arguments = line.partition(" ")
            found.append((keyword.upper(), " ".join(arguments.split())))
    return found


def arguments_of(keyword: str) -> list[str]:
    return [arguments for name, arguments in instructions() if name == keyword]


def env_of_image() -> dict[str, str]:
    env: dict[str, str] = {}
    for arguments in arguments_of("ENV"):
        for pair in arguments.split():
            name, _, value = pair.partition("=")
            env[name] = value
    return env


def test_the_image_is_slim_python_311_run_by_a_user_of_its_own() -> None:
    assert arguments_of("FROM") == ["python:3.11-slim"]
    users = arguments_of("USER")
    assert users == ["helpdesk"], "one USER, not root"
    runs = arguments_of("RUN")
    assert any("useradd --system" in run and run.endswith("helpdesk") for run in runs)
    keywords = [name for name, _ in instructions()]
    assert keywords.index("USER") < keywords.index("CMD")


def test_the_image_runs_the_commands_the_readme_and_the_guide_give() -> None:
    [cmd] = arguments_of("CMD")
    assert json.loads(cmd) == ["python", "main.py"]
    [healthcheck] = arguments_of("HEALTHCHECK")
    options, _, command = healthcheck.partition(" CMD ")
    assert json.loads(command) == ["python", "main.py", "healthcheck"]
    assert "--interval=" in options
    [install] = [run for run in arguments_of("RUN") if "pip install" in run]
    assert install.startswith(INSTALL)
    # ./run.sh installs with scripts/venv.sh run: the same extra, the same editable install.
    venv_script = (ROOT / "scripts" / "venv.sh").read_text()
    assert 'pip install --quiet -c constraints.txt -e ".[$1]"' in venv_script
    assert "source scripts/venv.sh run" in (ROOT / "run.sh").read_text()
    assert "exec .venv/bin/python main.py" in (ROOT / "run.sh").read_text()
    guide = GUIDE.read_text(encoding="utf-8")
    assert f"`{INSTALL}`" in guide and f"sudo .venv/bin/{INSTALL}" in guide
    assert "python main.py healthcheck" in guide
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python main.py healthcheck" in readme and "docs/deploy.md" in readme


def test_every_command_the_docs_give_is_one_the_bot_knows() -> None:
    parser = cli.build_parser()
    subcommands = {"backup", "restore", "healthcheck", "--version"}
    seen: set[str] = set()
    for path in [*DOCS, COMPOSE, UNIT]:
        for match in re.finditer(r"python main\.py((?: +[^\s`#|&;)]+)*)", path.read_text()):
            words = match.group(1).split()
            words = [w for w in words if w not in ("[PATH]", "PATH", "…", "...")]
            if words == ["--version"]:
                seen.add("--version")
                continue
            if words[:1] == ["restore"] and len(words) == 1:
                words.append("backup.sqlite3")  # "python main.py restore" named in prose
            parsed = parser.parse_args(words)
            seen.add(parsed.command or "run")
    assert subcommands <= seen, f"the guide never shows {subcommands - seen}"


def test_the_image_holds_what_the_bot_reads_and_nothing_secret() -> None:
    copied = set()
    for arguments in arguments_of("COPY"):
        *sources, _target = arguments.split()
        copied.update(sources)
    for needed in (LOCALES_DIR, MIGRATIONS_DIR, PYPROJECT, ROOT / "bot", ROOT / "main.py"):
        assert needed.relative_to(ROOT).as_posix() in copied, needed
    for source in copied:
        assert (ROOT / source).exists(), source
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".env", "data/", ".venv/", ".git/", "*.sqlite3"} <= set(ignored)
    assert not {"bot/", "locales/", "migrations/"} & set(ignored)


def test_the_data_lives_in_the_volume_in_the_image_and_in_compose() -> None:
    [volume] = arguments_of("VOLUME")
    [data] = json.loads(volume)
    image = env_of_image()
    assert image["DATABASE_PATH"].startswith(data + "/")
    assert image["BACKUP_DIR"].startswith(data + "/")
    bot = yaml.safe_load(COMPOSE.read_text())["services"]["bot"]
    # compose's environment wins over the .env an office copied from .env.example.
    assert bot["environment"]["DATABASE_PATH"] == image["DATABASE_PATH"]
    assert bot["environment"]["BACKUP_DIR"] == image["BACKUP_DIR"]
    assert any(mount.endswith(f":{data}") for mount in bot["volumes"])


def test_the_compose_file_runs_the_bot_with_env_its_volume_and_a_restart_policy() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    bot = compose["services"]["bot"]
    assert bot["build"] == "."
    env_files = bot["env_file"] if isinstance(bot["env_file"], list) else [bot["env_file"]]
    assert env_files == [".env"]
    assert bot["restart"] == "unless-stopped"
    [mount] = bot["volumes"]
    volume, _, target = mount.partition(":")
    assert (volume, target) == ("helpdesk-data", "/data")
    assert volume in compose["volumes"], "a named volume, declared"
    assert "healthcheck" not in bot, "the image's HEALTHCHECK applies"
    caddy = compose["services"]["caddy"]
    assert caddy["profiles"] == ["webhook"]
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in caddy["volumes"]
    listen_port = bot["environment"]["WEBHOOK_LISTEN"].rpartition(":")[2]
    assert caddy["environment"]["BOT_UPSTREAM"] == f"bot:{listen_port}"


def test_the_systemd_unit_runs_the_bot_as_its_own_user_and_restarts_it() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(UNIT)
    service = unit["Service"]
    assert service["User"] == "helpdesk"
    assert service["Restart"] == "always"
    assert service["ExecStart"] == f"{service['WorkingDirectory']}/.venv/bin/python main.py"
    assert service["StateDirectory"] == "migrant-helpdesk"
    assert service["StateDirectoryMode"] == "0700"
    state = f"/var/lib/{service['StateDirectory']}/"
    environment = dict(pair.split("=", 1) for pair in service["Environment"].split())
    assert environment["DATABASE_PATH"].startswith(state)
    assert environment["BACKUP_DIR"].startswith(state)
    assert unit["Install"]["WantedBy"] == "multi-user.target"
    guide = GUIDE.read_text(encoding="utf-8")
    assert f"cd {service['WorkingDirectory']}" in guide
    assert f"DATABASE_PATH={environment['DATABASE_PATH']}" in guide


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_finds_nothing_wrong_with_the_unit_but_the_missing_checkout() -> None:
    result = subprocess.run(
        ["systemd-analyze", "verify", str(UNIT)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    problems = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "/opt/migrant-helpdesk/.venv/bin/python is not executable" not in line
    ]
    assert problems == []


def test_the_caddyfile_passes_requests_to_the_listener_and_hides_the_health_check() -> None:
    text = CADDYFILE.read_text()
    assert f"reverse_proxy {{$BOT_UPSTREAM:{DEFAULT_WEBHOOK_LISTEN}}}" in text
    assert re.search(r"handle /healthz \{\s*respond 404\s*\}", text)
    assert "{$WEBHOOK_DOMAIN}" in text


def _names_in_env_example() -> list[str]:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return re.findall(r"^([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE)


def test_env_example_lists_every_setting_and_the_guide_names_each() -> None:
    config = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    read = set(re.findall(r'env(?:\.get\(|, )"([A-Z][A-Z0-9_]+)"', config))
    assert {"BOT_TOKEN", "DATABASE_PATH", "BACKUP_DIR", "BACKUP_KEEP"} <= read
    listed = _names_in_env_example()
    assert read <= set(listed), f"not in .env.example: {sorted(read - set(listed))}"
    guide = GUIDE.read_text(encoding="utf-8")
    missing = [name for name in listed if f"`{name}`" not in guide]
    assert missing == [], f"docs/deploy.md does not name {missing}"


def test_the_docs_link_each_other_and_the_files_they_name_exist() -> None:
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (path.parent / target).exists(), f"{path.name} links to missing {target}"
    guide = GUIDE.read_text(encoding="utf-8")
    for named in ("deploy/systemd/migrant-helpdesk.service", "deploy/Caddyfile", "compose.yaml"):
        assert (ROOT / named).exists()
        assert named.rsplit("/", 1)[-1] in guide


def _docker_daemon() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "info"], capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _docker_daemon(), reason="no Docker daemon answers here")
def test_the_image_builds_and_answers_its_version() -> None:  # pragma: no cover
    tag = "migrant-helpdesk:test"
    subprocess.run(["docker", "build", "-t", tag, str(ROOT)], check=True, timeout=900)
    version = subprocess.run(
        ["docker", "run", "--rm", tag, "python", "main.py", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert version.stdout.startswith("migrant-helpdesk-bot ")
    user = subprocess.run(
        ["docker", "run", "--rm", tag, "id", "-u"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert user.stdout.strip() == "10001"


def test_constraints_pin_every_dependency_within_pyproject_ranges() -> None:
    """./run.sh, ./test.sh and the image install the versions of constraints.txt: each of the
    project's dependencies (run and dev) is pinned there, to a version its range allows."""
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, pinned = line.partition("==")
            assert pinned, f"not a pin: {line!r}"
            pins[canonicalize_name(name)] = pinned.strip()
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["dev"]]
    for spec in wanted:
        requirement = Requirement(spec)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name]), (requirement, pins[name])
