"""CSV exports are opened in spreadsheets: text from an article that starts like a formula must not run as one."""

import csv
import io

from backchannel.ledger.export import to_csv


def test_text_starting_like_a_formula_is_made_inert():
    rows = [{"name": '=HYPERLINK("http://x.example","y")', "place": "@SUM(A1)", "topics": "+44 talks", "reports": -2}]
    cells = next(csv.DictReader(io.StringIO(to_csv(rows, ["name", "place", "topics", "reports"]))))
    assert cells["name"].startswith("'=") and cells["place"] == "'@SUM(A1)" and cells["topics"] == "'+44 talks"
    assert cells["reports"] == "-2"  # a number is a number


def test_plain_text_is_left_as_it_is():
    rows = [{"name": "Ana Ruiz", "topics": ["fishing", "=x"]}]
    cells = next(csv.DictReader(io.StringIO(to_csv(rows, ["name", "topics"]))))
    assert cells == {"name": "Ana Ruiz", "topics": '["fishing", "=x"]'}
