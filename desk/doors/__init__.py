"""Attendance at the doors: door scans per agenda item (entry, exit, tables, buses), the live
tally of counts, and the bus manifest PDF."""
