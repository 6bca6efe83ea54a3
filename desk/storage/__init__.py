"""The database and the files on disk: the SQLite engine and schema, the models, atomic file
writes, where files live, and the start-up health of the database file."""
