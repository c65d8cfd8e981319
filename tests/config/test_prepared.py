"""The hand-written hot queries (config.prepared) are really prepared on the server and
planned once per connection, and query-count tests still see them."""

import pytest
from django.db import ProgrammingError, connection, transaction
from django.test.utils import CaptureQueriesContext

from config.prepared import fetch_all

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

SQL = "SELECT %(a)s::int + 1"


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT generic_plans, custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE 'SELECT $1::int + 1%%'"
        )
        return cursor.fetchall()


def test_a_query_is_prepared_once_and_planned_generically():
    assert fetch_all(SQL, {"a": 1}) == [(2,)]
    assert fetch_all(SQL, {"a": 41}) == [(42,)]
    # Without the threshold psycopg would ignore prepare=True, and nothing would be listed.
    [(generic_plans, custom_plans)] = prepared_statements()
    assert generic_plans == 2
    assert custom_plans == 0


def test_each_run_is_logged_like_djangos_own_queries():
    with CaptureQueriesContext(connection) as queries:
        fetch_all(SQL, {"a": 1})
        fetch_all(SQL, {"a": 2})
    assert len(queries) == 2
    assert queries[0]["sql"].startswith(SQL)


def test_errors_are_djangos_own():
    # So callers and Django's transaction handling see the errors they know.
    with pytest.raises(ProgrammingError), transaction.atomic():
        fetch_all("SELECT * FROM no_such_table", {})
