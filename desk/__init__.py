"""Desk: on-site registration desk for events (domain core, no Qt)."""

from __future__ import annotations

APP_NAME = "Desk"
APP_ID = "desk"
__version__ = "0.1.0"
