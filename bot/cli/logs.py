"""Logging for the long-running commands: to stderr, and to a rotating file when asked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_BYTES = 5 * 1024 * 1024  # a file is rotated when it reaches this size ...
BACKUPS = 5  # ... and this many old files are kept (FILE.1 is the newest)
_OURS = "workshop-bot"  # the name of the handlers set up here (replaced on a second call)


def configure_logging(verbose: bool = False, log_file: Path | None = None) -> None:
    """Log INFO (DEBUG when ``verbose``) to stderr and, with ``log_file``, to that file too,
    rotated at ``MAX_BYTES``. Raises OSError when the file cannot be opened for appending.
    When someone else configured logging already (a test runner, an embedding program), their
    handlers stay and stand in for stderr, as with logging.basicConfig."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _OURS]:
        root.removeHandler(old)
        old.close()
    handlers: list[logging.Handler] = [] if root.handlers else [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"))
    formatter = logging.Formatter(FORMAT)
    for handler in handlers:
        handler.set_name(_OURS)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
