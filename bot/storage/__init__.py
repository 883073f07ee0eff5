"""Everything the bot must remember, in one SQLite file (``WORKSHOP_BOT_DB``).

See :class:`bot.storage.db.Storage` for the API, :mod:`bot.storage.schema` for the tables and
:class:`bot.storage.offloop.OffLoopStorage` for how the bot calls it (off the event loop).
"""

from bot.storage.connection import DatabaseGone
from bot.storage.db import DEFAULT_RETENTION, Storage, StorageError
from bot.storage.offloop import OffLoopStorage
from bot.storage.questions import VoteOutcome, new_question_id
from bot.storage.records import Announcement, AnnouncementStatus, QuestionRecord

__all__ = [
    "DEFAULT_RETENTION",
    "Announcement",
    "AnnouncementStatus",
    "DatabaseGone",
    "OffLoopStorage",
    "QuestionRecord",
    "Storage",
    "StorageError",
    "VoteOutcome",
    "new_question_id",
]
