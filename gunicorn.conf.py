"""gunicorn settings for production-like runs: `gunicorn -c gunicorn.conf.py commission_site.wsgi`."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Threaded workers: a client that sends its request slowly holds one thread, not a whole process.
# With the sync worker, as many slow connections as there are workers stopped the site (a slowloris
# of 50 connections on loopback: no answer within 10 s); see docs/deploy.md for the measurements.
# nginx in front buffers whole requests and is the real defence; this keeps a direct attack of a few
# hundred connections from stopping the site. On PostgreSQL the threads of a worker share a pool of
# DATABASE_POOL_MAX_SIZE connections, so workers x that (not x threads) must fit max_connections.
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "64"))
# A worker takes no more connections than it has threads: slow clients then spread over the workers
# instead of queueing ordinary requests behind them in one worker's thread pool. As with the sync
# worker before, connections are not kept alive (gunicorn keeps none when no connection is spare).
worker_connections = threads
keepalive = 0
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
# Recycle workers now and then so that a slow leak can never take a server down on election night.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
preload_app = True


def when_ready(server):
    """Freeze what the preloaded application allocated: the workers' garbage collector then
    leaves those objects alone instead of walking them in every full collection."""
    import gc

    gc.collect()
    gc.freeze()
