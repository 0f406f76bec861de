"""The web UI and HTTP API over the ledger (``backchannel serve``): pages and JSON over ``ledger.query``."""
