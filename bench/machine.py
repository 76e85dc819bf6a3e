"""How much of the machine something else used while we measured (Linux ``/proc``).

The benchmark may share its machine (other test runs, builds). Every timed run is watched: the
CPU time the whole machine spent busy, less what the processes under test and this process with
its children spent, is *foreign* load. A run with too much of it is repeated (a few times at
most), and the foreign load of each kept run is reported, so a figure says how quiet it was.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

TICKS = os.sysconf("SC_CLK_TCK")
CORES = os.cpu_count() or 1
QUIET = 0.10
"""Most foreign load (a share of all cores) a kept run may have seen."""
TRIES = 2
"""Runs of one measurement at most, while too busy."""
PATIENCE = 15.0
"""Seconds to wait at most, before a run, for the machine to calm down."""
BUDGET = 900.0
"""Seconds of waiting and re-running at most in one benchmark; past that, runs are kept as they are
(their foreign load is still reported), so a machine that never calms down cannot stall the run."""
_spent = 0.0


def budget_left() -> bool:
    return _spent < BUDGET


def machine_busy() -> float | None:
    """Seconds of CPU time all cores spent busy since boot; None where /proc/stat is missing."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + irq + softirq + steal) / TICKS


def process_busy(pid: int) -> float:
    """CPU seconds of a running process (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def own_busy() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


@dataclass(frozen=True)
class Watched:
    seconds: float
    foreign: float | None
    """Foreign load as a share of all cores (0.25 = half a core on two cores); None if unknown."""


def watch(action: Callable[[], T], pids: Sequence[int] = ()) -> tuple[T, Watched]:
    """Run ``action`` and measure its wall time and the foreign load meanwhile."""
    busy, ours = machine_busy(), own_busy() + sum(process_busy(pid) for pid in pids)
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    after = machine_busy()
    ours = own_busy() + sum(process_busy(pid) for pid in pids) - ours
    if busy is None or after is None or seconds <= 0:
        return result, Watched(seconds, None)
    foreign = max(0.0, (after - busy) - ours) / (seconds * CORES)
    return result, Watched(seconds, foreign)


def quietly(
    action: Callable[[], T], pids: Sequence[int] = (), before: Callable[[], object] | None = None
) -> tuple[T, Watched, int]:
    """``action`` run until the machine was quiet meanwhile (at most ``TRIES`` times); returns the
    quietest run's result, how quiet it was, and how many runs it took. ``before`` runs ahead of
    every try, untimed (e.g. to clear a cache)."""
    global _spent
    best: tuple[T, Watched] | None = None
    for attempt in range(1, TRIES + 1):
        if before is not None:
            before()
        if budget_left():
            _spent += wait_until_quiet()
        result, watched = watch(action, pids)
        if attempt > 1:
            _spent += watched.seconds
        if best is None or (watched.foreign or 0) < (best[1].foreign or 0):
            best = (result, watched)
        if watched.foreign is None or watched.foreign <= QUIET or not budget_left():
            return result, watched, attempt
    assert best is not None
    return best[0], best[1], TRIES


def wait_until_quiet(window: float = 0.5) -> float:
    """Wait (``PATIENCE`` seconds at most) until one ``window`` passes with little foreign load;
    returns the seconds waited."""
    started = time.monotonic()
    while time.monotonic() - started < PATIENCE:
        _, watched = watch(lambda: time.sleep(window))
        if watched.foreign is None or watched.foreign <= QUIET / 2:
            break
    return time.monotonic() - started
