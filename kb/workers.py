"""Worker processes for the per-file work of a batch, robust to a worker that dies.

Why not `ProcessPoolExecutor`: when a worker dies there (a segfault in a PDF library, the OOM
killer) the whole pool is broken and it cannot say which file killed it. Here each worker has its
own pipe and the parent knows which files it sent to which worker, in order; a worker that dies
or overruns `timeout` costs exactly the file it was working on, which comes back as a `WorkerLost`
result, the files queued behind it go to other workers, and a fresh worker takes its place.

Workers are not forked from the parent (it holds an open DuckDB connection and its threads) but
from a fork server (spawned once, clean): the server imports the `preload` modules once (spaCy
and the vocabularies), so a worker starts in milliseconds with them loaded, instead of paying a
second of imports per worker. Each worker runs `warm_up` once, then `work(item)` for every item. At most `per_worker` items wait on a worker, so memory stays
flat whatever the batch size. A worker whose parent dies (SIGKILL) sees its pipe close and exits.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

PRELOAD = ("kb.batch", "extract.pipeline", "extract.warm")
"""Modules the fork server imports once for every worker it forks (`extract.warm` also runs the
extractors once, so spaCy's tokenizer and the compiled patterns are loaded before the fork)."""


def _context() -> Any:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["__main__", *PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


_CONTEXT = _context()
READY = ("ready", None)


@dataclass(frozen=True)
class WorkerLost:
    """The worker died or was stopped while working on this item."""

    reason: str


def exit_reason(exitcode: int | None) -> str:
    """Readable cause of a worker's end from its exit code (negative: killed by that signal)."""
    if exitcode is None:
        return "worker process stopped"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"worker process crashed ({name})"
    return f"worker process exited with code {exitcode}"


def _resolve(reference: str) -> Callable[..., Any]:
    module, _, name = reference.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker_loop(connection: Connection, work_ref: str, warm_up_ref: str | None) -> None:
    """Child process: warm up once, then answer each `(sequence, item)` with `(sequence, result)`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if warm_up_ref:
        _resolve(warm_up_ref)()
    work = _resolve(work_ref)
    try:
        connection.send(READY)  # the parent's timeout clock starts now, not at the spawn
    except (BrokenPipeError, OSError):
        return
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        sequence, item = message
        result = work(item)
        try:
            connection.send((sequence, result))
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Worker:
    process: Any
    connection: Connection
    waiting: deque[tuple[int, Any]] = field(default_factory=deque)
    busy_since: float = 0.0
    ready: bool = False  # warmed up: from then on the timeout applies


class WorkerPool:
    """`jobs` workers running `work_ref` ("module:function") over items, results unordered."""

    def __init__(
        self,
        jobs: int,
        work_ref: str,
        warm_up_ref: str | None = None,
        per_worker: int = 2,
        timeout: float | None = None,
    ) -> None:
        if jobs < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.jobs, self.work_ref, self.warm_up_ref = jobs, work_ref, warm_up_ref
        self.per_worker, self.timeout = per_worker, timeout
        self.workers: list[_Worker] = []
        self.peak_rss_kib = 0  # largest peak resident memory of a worker, read as each one ends
        self.cpu_seconds = 0.0  # CPU time of all workers, read as each one ends

    def __enter__(self) -> WorkerPool:
        self.workers = [self._start() for _ in range(self.jobs)]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = _CONTEXT.Pipe()
        process = _CONTEXT.Process(
            target=_worker_loop, args=(child, self.work_ref, self.warm_up_ref), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _note_peak(self, worker: _Worker) -> None:
        self.peak_rss_kib = max(self.peak_rss_kib, peak_rss_kib(worker.process.pid))
        self.cpu_seconds += cpu_seconds(worker.process.pid)

    def close(self) -> None:
        for worker in self.workers:
            self._note_peak(worker)
            try:
                worker.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 5
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
        self.workers = []

    def _replace(self, worker: _Worker) -> _Worker:
        self._note_peak(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.connection.close()
        fresh = self._start()
        self.workers[self.workers.index(worker)] = fresh
        return fresh

    def map_unordered(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """Yield `(item, result)` as results arrive; a lost item's result is a `WorkerLost`."""
        source = iter(items)
        retry: deque[tuple[int, Any]] = deque()  # items that waited behind a lost one
        sequence = 0
        exhausted = False

        def next_item() -> tuple[int, Any] | None:
            nonlocal sequence, exhausted
            if retry:
                return retry.popleft()
            if exhausted:
                return None
            try:
                item = next(source)
            except StopIteration:
                exhausted = True
                return None
            sequence += 1
            return sequence, item

        def feed(worker: _Worker) -> None:
            while len(worker.waiting) < self.per_worker:
                task = next_item()
                if task is None:
                    return
                if not worker.waiting:
                    worker.busy_since = time.monotonic()
                worker.waiting.append(task)
                worker.connection.send(task)

        for worker in self.workers:
            feed(worker)
        while any(worker.waiting for worker in self.workers):
            handles = [w.connection for w in self.workers] + [w.process.sentinel for w in self.workers]
            ready = set(wait(handles, timeout=self._wait_timeout()))
            for worker in list(self.workers):
                if worker.connection in ready or (worker.waiting and worker.connection.poll()):
                    try:
                        number, result = worker.connection.recv()
                    except (EOFError, OSError):
                        worker.process.join()
                        yield from self._lost(worker, exit_reason(worker.process.exitcode), retry)
                        feed(self._replace(worker))
                        continue
                    if (number, result) == READY:
                        worker.ready, worker.busy_since = True, time.monotonic()
                        continue
                    done_number, item = worker.waiting.popleft()
                    assert done_number == number, "a worker answers in the order it was asked"
                    worker.busy_since = time.monotonic()
                    yield item, result
                    feed(worker)
                elif worker.process.sentinel in ready or not worker.process.is_alive():
                    if worker.waiting:
                        worker.process.join()
                        yield from self._lost(worker, exit_reason(worker.process.exitcode), retry)
                    feed(self._replace(worker))
                elif self._overdue(worker):
                    reason = f"timed out after {self.timeout:.0f} s (worker stopped)"
                    yield from self._lost(worker, reason, retry)
                    feed(self._replace(worker))

    def _lost(self, worker: _Worker, reason: str, retry: deque[tuple[int, Any]]) -> Iterator[tuple[Any, Any]]:
        """The head item fails with `reason`; the items queued behind it are tried again elsewhere."""
        if not worker.waiting:
            return
        _, item = worker.waiting.popleft()
        retry.extend(worker.waiting)
        worker.waiting.clear()
        yield item, WorkerLost(reason)

    def _overdue(self, worker: _Worker) -> bool:
        return bool(
            self.timeout and worker.ready and worker.waiting and time.monotonic() - worker.busy_since > self.timeout
        )

    def _wait_timeout(self) -> float | None:
        if not self.timeout:
            return None
        busy = [w.busy_since for w in self.workers if w.waiting and w.ready]
        if not busy:
            return None
        return max(0.05, min(busy) + self.timeout - time.monotonic())


def peak_rss_kib(pid: int | None) -> int:
    """Peak resident memory (VmHWM) of a live process in KiB; 0 when it cannot be read (not Linux, gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time of a live process (Linux `/proc`); 0 when it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def cpu_count() -> int:
    """Cores this process may run on (the default number of workers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
