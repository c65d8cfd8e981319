"""Hand-written queries on the hottest paths, prepared on the server once per connection.

PostgreSQL plans a query every time it receives one, and for these few (the members' page
fingerprint, the ideas waiting for a member's co-signature) planning costs more than
running. psycopg prepares them on the server, and `plan_cache_mode = force_generic_plan`
has PostgreSQL plan each one once per connection. That setting touches only statements
prepared on the server: Django binds its own queries on the client, so they are planned as
before. A pooler in transaction mode (PgBouncer) would break prepared statements; connect
directly or in session mode.

They are logged as Django logs its own queries, so query-count tests see them. On SQLite
(`make run`) they run through Django's cursor as written."""

import time
import weakref

import psycopg
from django.db import connection

_planned_once = weakref.WeakSet()


def _prepare_on_server(psycopg_connection, cursor):
    # Django turns psycopg's preparing off (prepare_threshold None), and then psycopg
    # ignores prepare=True too. Django's own cursors bind on the client and never prepare,
    # whatever the threshold, so turning it back on here reaches only these queries.
    psycopg_connection.prepare_threshold = 5  # psycopg's default
    cursor.execute("SET plan_cache_mode = force_generic_plan")
    _planned_once.add(psycopg_connection)


def fetch_all(sql, params):
    """Every row of `sql`, with its values in `params` (named: %(name)s)."""
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    # As Django's own cursors do: reconnect if the health check fails, and raise Django's
    # errors (which also mark a broken transaction for rollback), not psycopg's.
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    started = time.monotonic()
    with connection.wrap_database_errors, psycopg.Cursor(connection.connection) as cursor:
        if connection.connection not in _planned_once:
            _prepare_on_server(connection.connection, cursor)
        cursor.execute(sql, params, prepare=True)
        rows = cursor.fetchall()
    if connection.queries_logged:
        connection.queries_log.append(
            {"sql": f"{sql} -- {params!r}", "time": f"{time.monotonic() - started:.3f}"}
        )
    return rows
