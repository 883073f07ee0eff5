"""Shared by every test directory: SimCord's settle speed-up, and a cache directory of the
run's own."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import simcord.env

from bot.core.disk_cache import ENV_VAR as CACHE_DIR_VAR

# The tests never read or write the real cache (~/.cache/workshop-bot): the whole run, and every
# command it starts, caches built responders in a private directory of its own.
_CACHE_DIR = tempfile.mkdtemp(prefix="workshop-bot-test-cache-")
os.environ[CACHE_DIR_VAR] = _CACHE_DIR
atexit.register(shutil.rmtree, _CACHE_DIR, True)

# SimCord waits in idle steps of 50 ms before it calls an action settled; an action that ends
# without a public message (ephemeral reply, autocomplete, ignored message) pays it in full.
# Lowering it is a private API: only touch it while it looks the way we expect.
_settle_defaults = getattr(getattr(simcord.env.Env, "_settle_internal", None), "__kwdefaults__",
                           None)
if isinstance(_settle_defaults, dict) and "idle" in _settle_defaults:
    _settle_defaults["idle"] = 0.001
