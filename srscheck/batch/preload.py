"""Imported once by the batch pool's fork server, before it forks any worker (Linux and other POSIX
systems with ``forkserver``): the reader, the templates and the rules are loaded here, so every worker
starts with them in memory (shared copy-on-write) instead of loading them again. Where workers are
spawned instead (Windows, or no fork server), each loads them from the start-up cache.

Never raises: if loading fails here, each worker loads for itself (``jobs.init_worker``) and reports
any problem per chart.
"""

from __future__ import annotations


def _load() -> None:
    try:  # deferred imports: a failure to import is caught here like a failure to load
        from srscheck.runtime import quiet_third_party

        from .jobs import warm_up

        quiet_third_party()
        warm_up()
    except Exception:  # noqa: BLE001 - the workers will load (and report) for themselves
        pass


_load()
