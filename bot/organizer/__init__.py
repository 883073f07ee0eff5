"""Organizer tools on Discord: announcements, reminders, reload, the unanswered inbox, stats."""
