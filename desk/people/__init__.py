"""Participants and their lists: the participant table and its queries, search, list import
(CSV/XLSX, column mapping), participant list export, merging two registrations of one
person, and synthetic demo people."""
