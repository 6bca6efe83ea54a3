"""Operators, PINs, the supervisor's approval and the activity log."""
