"""Telegram helpdesk for labour migrants: rights guide, requests, events."""
