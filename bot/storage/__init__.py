"""Everything the bot must remember, in one SQLite file (``WORKSHOP_BOT_DB``).

See :class:`bot.storage.db.Storage` for the API and :mod:`bot.storage.schema` for the tables.
"""

from bot.storage.db import DEFAULT_RETENTION, Storage, StorageError
from bot.storage.records import Announcement, AnnouncementStatus, QuestionRecord

__all__ = [
    "DEFAULT_RETENTION",
    "Announcement",
    "AnnouncementStatus",
    "QuestionRecord",
    "Storage",
    "StorageError",
]
