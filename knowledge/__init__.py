"""The packaged knowledge files (installed as ``bot.knowledge``)."""
