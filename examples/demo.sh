#!/usr/bin/env bash
# The main job on the bundled example articles: ingest them into a fresh ledger, then ask it questions.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
bin="${BACKCHANNEL:-$root/.venv/bin/backchannel}"
db="${1:-$root/demo.db}"
rm -f "$db" "$db-wal" "$db-shm"
"$bin" ingest --db "$db" "$here/articles"
echo
echo "## Every contact, with who reported it and who confirmed or denied it"
"$bin" contacts --db "$db"
echo
echo "## Contacts between Virtanen and Vieira, as JSON (two outlets, one call)"
"$bin" contacts --db "$db" --between Virtanen Vieira --json
echo
echo "## What Tanaka said"
"$bin" quotes --db "$db" --speaker Tanaka
echo
echo "## The five most active actors"
"$bin" actors --db "$db" --limit 5
echo
echo "## Browse it"
echo "Start the web UI with the command below (it serves until Ctrl-C), then open http://127.0.0.1:8000/"
echo "    $bin serve --db $db"
