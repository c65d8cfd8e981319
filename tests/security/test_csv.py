import csv
import io

import pytest
from django.utils.translation import gettext_lazy

from config.csv import safe_csv_cell, safe_csv_row


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            '=HYPERLINK("http://evil.example","click")',
            '\'=HYPERLINK("http://evil.example","click")',
        ),
        ("+1+1", "'+1+1"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Morag", "Morag"),
        ("Rent = too high", "Rent = too high"),
        ("", ""),
        (None, None),
        (42, 42),
        (-5, -5),
    ],
)
def test_cells_that_a_spreadsheet_would_run_become_text(value, expected):
    assert safe_csv_cell(value) == expected


def test_lazy_translations_are_guarded_as_text():
    assert safe_csv_cell(gettext_lazy("=1+1")) == "'=1+1"


def test_a_written_csv_has_no_formula_cells():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(safe_csv_row(["=cmd()", "@evil", "Piotr", 3]))
    row = next(csv.reader(io.StringIO(out.getvalue())))
    assert row == ["'=cmd()", "'@evil", "Piotr", "3"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
