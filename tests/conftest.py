"""Shared by every test directory: SimCord's settle speed-up."""

from __future__ import annotations

import simcord.env

# SimCord waits in idle steps of 50 ms before it calls an action settled; an action that ends
# without a public message (ephemeral reply, autocomplete, ignored message) pays it in full.
# Lowering it is a private API: only touch it while it looks the way we expect.
_settle_defaults = getattr(getattr(simcord.env.Env, "_settle_internal", None), "__kwdefaults__",
                           None)
if isinstance(_settle_defaults, dict) and "idle" in _settle_defaults:
    _settle_defaults["idle"] = 0.001
