"""`serve` on a port already taken ends with a one-line error and exit status 1, not uvicorn's 3.

3 is this CLI's status for "some inputs failed"; a server that never started is a command that could not run.
"""

import socket

from click.testing import CliRunner

from backchannel.cli import main
from backchannel.ledger.store import open_ledger


def test_a_port_in_use_is_an_error(tmp_path):
    db = tmp_path / "l.db"
    open_ledger(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", str(port)])
    assert result.exit_code == 1, result.output
    assert f"could not listen on 127.0.0.1:{port}" in result.output
