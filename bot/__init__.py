"""workshop-bot: answers questions about an academic workshop, in a terminal or on Discord."""

__version__ = "0.1.0"  # the one place it is written (pyproject.toml reads it)
