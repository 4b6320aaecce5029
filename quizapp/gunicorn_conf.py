"""gunicorn settings for production; every value can be overridden by the environment.

Each worker is a separate process with its own two SQLAlchemy pools (one in autocommit for
the quiz's pages and answers, one for transactions), each of DB_POOL_SIZE +
DB_MAX_OVERFLOW connections at most, opened only when used: a sync worker serves one request
at a time and so holds about two. The database must allow workers x 2 x (pool + overflow)
connections per app server at the very most.
"""

import multiprocessing
import os

bind = os.environ.get("QUIZAPP_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("QUIZAPP_WORKERS", 2 * multiprocessing.cpu_count()))
worker_class = "sync"
timeout = int(os.environ.get("QUIZAPP_TIMEOUT", 30))
# Recycle workers now and then so slow leaks cannot grow without bound.
max_requests = int(os.environ.get("QUIZAPP_MAX_REQUESTS", 20000))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("QUIZAPP_ACCESS_LOG") or None
errorlog = "-"
# Workers build their own app (and engine) after the fork: no pooled connection is shared.
preload_app = False


def post_worker_init(worker: object) -> None:
    """Freeze what the app allocated at start-up out of the garbage collector's sight.

    The app, its templates and the ORM's mappers are some 150,000 long-lived objects that
    every full collection walked again (about 50 us a quiz request, measured); requests
    allocate few cycles, so freezing them is safe.
    """
    import gc

    gc.freeze()
