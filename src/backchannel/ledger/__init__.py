"""The ledger: many articles merged into one record of actors, quotes and contacts (SQLite)."""
