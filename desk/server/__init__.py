"""Several desks on one PostgreSQL server, each with its own file as live replica."""
