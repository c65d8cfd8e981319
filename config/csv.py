"""Every CSV the site writes passes its cells through `safe_csv_cell`. A spreadsheet runs a
cell that starts with = + - @ (or a tab or carriage return) as a formula, so a member named
"=HYPERLINK(...)" could attack whoever opens the export. A leading ' makes it plain text."""

from django.utils.functional import Promise

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_csv_cell(value):
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_csv_row(values):
    return [safe_csv_cell(value) for value in values]
