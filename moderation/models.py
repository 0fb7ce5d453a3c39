"""Flags, review queues, sanctions and the audit log arrive with the moderation issue."""
