"""Badge printing in the window, one job per module: ``settings`` (this desk's printing
settings, kept through ``ui.settings``), ``engine`` (a PDF's pages onto a QPrinter, also
the door's bus manifest), ``jobs`` (BadgePrinter: print, preview and save badges off the UI
thread, and record what was printed through ``desk.actions.badges``), ``dialogs`` (the
reprint reason, the supervisor's PIN for it, the settings dialog), ``batch`` (the batch
print dialog) and ``menu`` (the Badges menu and printing after a check-in). Import from
those modules: this package loads none of them, so reading the settings does not load the
dialogs.
"""
