"""Desk files and backups: this desk's data as a verified file for other desks (write, verify,
merge, the merge report), rolling backups and restore."""
