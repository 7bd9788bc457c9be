"""SQLite access: the connection, migrations and repositories (the only SQL in the project)."""
