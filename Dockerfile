# workshop-bot on Discord in a small container (see "Deploy" in the README).
#   docker build -t workshop-bot .
#   docker run -d --name workshop-bot --restart unless-stopped --env-file .env \
#     -v workshop-bot-data:/data -v "$PWD/knowledge:/knowledge:ro" workshop-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY knowledge ./knowledge
RUN pip install . \
    && rm -rf /src \
    && useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin \
        workshop-bot \
    && mkdir -p /data /knowledge \
    && chown workshop-bot:workshop-bot /data

# The database lives on the volume; the knowledge file is mounted read-only (its directory, so
# that an edited file is seen even when the editor replaces it). WORKSHOP_BOT_KNOWLEDGE= (empty)
# runs the packaged workshop instead.
ENV WORKSHOP_BOT_DB=/data/workshop-bot.sqlite3 \
    WORKSHOP_BOT_KNOWLEDGE=/knowledge/workshop.yaml
VOLUME ["/data"]
WORKDIR /data
USER workshop-bot

ENTRYPOINT ["workshop-bot"]
CMD ["run"]
