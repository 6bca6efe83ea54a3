"""Acceptance tests in a real X window: Xvfb, openbox, xdotool as the scanner, faketime."""
