# The bot in a container: Python 3.11 slim, a user of its own, the data in the /data volume.
#   docker compose up -d --build        (compose.yaml; the guide: docs/deploy.md)
# Configuration comes from the environment (compose's env_file: .env); the image holds no .env.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN groupadd --system --gid 10001 helpdesk \
    && useradd --system --uid 10001 --gid helpdesk --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin helpdesk

WORKDIR /app
# What the bot reads at run time: its code, the texts, the migrations (and pyproject.toml for
# its version). Tests, the fake Telegram and the sandbox stay out of the image.
COPY pyproject.toml constraints.txt README.md main.py ./
COPY bot ./bot
COPY locales ./locales
COPY migrations ./migrations
# The same install as ./run.sh does (scripts/venv.sh), into the image's Python; compiled now,
# since the bot's user may not write beside the code.
RUN pip install -c constraints.txt -e ".[run]" && python -m compileall -q bot main.py

# The database, its lock and the daily backups live in /data, the bot's only writable place.
RUN install -d -o helpdesk -g helpdesk -m 0700 /data
ENV DATABASE_PATH=/data/helpdesk.sqlite3 \
    BACKUP_DIR=/data/backups \
    WEBHOOK_LISTEN=0.0.0.0:8081
VOLUME ["/data"]
USER helpdesk
# Only in webhook mode (WEBHOOK_URL set): the reverse proxy reaches the bot here.
EXPOSE 8081

# Webhook mode: GET /healthz on WEBHOOK_LISTEN. Polling mode: the database reads and the bot
# holds its lock. See bot/healthcheck.py.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
    CMD ["python", "main.py", "healthcheck"]
# SIGTERM (docker stop) lets the updates in hand finish for up to 10 s, then exits 0.
STOPSIGNAL SIGTERM
CMD ["python", "main.py"]
