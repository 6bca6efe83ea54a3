"""Arrival at the desk: badge codes (generate, check character, normalise what a scanner typed)
and check-in, voids and walk-in registration."""
