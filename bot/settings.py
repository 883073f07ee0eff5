"""Run-time settings, read once from the environment (CONTRACT section 3) and from a ``.env``
file in the current directory, if there is one (a variable set in the real environment wins).

No discord.py import here: the command line reads these settings before it decides whether to load
the Discord side at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_DB = "workshop-bot.sqlite3"
ENV_FILE = ".env"


def _alias(env: str, name: str) -> AliasChoices:
    # The environment variable, or the field name (Settings(db=...) in code and tests).
    return AliasChoices(env, name)


class Settings(BaseSettings):
    """Every environment variable the bot reads. Unset or empty means the default."""

    model_config = SettingsConfigDict(
        env_file=ENV_FILE,
        env_file_encoding="utf-8",
        case_sensitive=True,
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
        frozen=True,
    )

    discord_token: SecretStr | None = Field(
        default=None,
        validation_alias=_alias("DISCORD_TOKEN", "discord_token"),
        description="The bot token; only `workshop-bot run` and `workshop-bot sync` need it.",
    )
    knowledge: Path | None = Field(
        default=None,
        validation_alias=_alias("WORKSHOP_BOT_KNOWLEDGE", "knowledge"),
        description="Path of the knowledge file; none means the packaged workshop.",
    )
    db: Path = Field(
        default=Path(DEFAULT_DB),
        validation_alias=_alias("WORKSHOP_BOT_DB", "db"),
        description="Path of the SQLite database.",
    )
    organizer_role: str = Field(
        default="Organizers",
        min_length=1,
        validation_alias=_alias("WORKSHOP_BOT_ORGANIZER_ROLE", "organizer_role"),
        description="Members with this role (or Manage Server) may use organizer commands.",
    )
    announce_channel: str = Field(
        default="announcements",
        min_length=1,
        validation_alias=_alias("WORKSHOP_BOT_ANNOUNCE_CHANNEL", "announce_channel"),
        description="Channel name for announcements and reminders.",
    )
    organizer_channel: str = Field(
        default="organizers",
        min_length=1,
        validation_alias=_alias("WORKSHOP_BOT_ORGANIZER_CHANNEL", "organizer_channel"),
        description="Channel name where questions handed to the organizers are posted.",
    )
    guild_id: int | None = Field(
        default=None,
        gt=0,
        validation_alias=_alias("WORKSHOP_BOT_GUILD_ID", "guild_id"),
        description="Sync commands to this server only (instant); unset means globally.",
    )
    qa_channels: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        validation_alias=_alias("WORKSHOP_BOT_QA_CHANNELS", "qa_channels"),
        description="Comma-separated channel names where every message is answered without a "
        "mention. Needs the privileged message-content intent; off when empty.",
    )

    log_file: Path | None = Field(
        default=None,
        validation_alias=_alias("WORKSHOP_BOT_LOG_FILE", "log_file"),
        description="Also log to this file, rotated when it grows (see bot.cli.logs).",
    )

    @field_validator("qa_channels", mode="before")
    @classmethod
    def _split_names(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list | tuple):
            return tuple(
                dict.fromkeys(str(v).strip().lstrip("#").lower() for v in value if str(v).strip())
            )
        return value

    @field_validator("organizer_role", "announce_channel", "organizer_channel")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @property
    def wants_message_content(self) -> bool:
        """Q&A channels answer messages without a mention, which needs message content."""
        return bool(self.qa_channels)

    def token(self) -> str | None:
        """The token as text, for the login call only; never log it."""
        return self.discord_token.get_secret_value() if self.discord_token else None
