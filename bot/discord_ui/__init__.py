"""The Discord front end: cogs, embeds, buttons and the error handler.

Everything here talks to the core only through :class:`bot.core.responder.Responder` (read from
``services.source`` at call time) and draws the platform-neutral
:class:`~bot.core.answers.answer.Answer`.
"""
