"""Process faults in a real command-line run: signals, killed workers, time limits, fork failures.

Each test starts ``quoteattr --jsonl IN --workers 2 -o OUT`` in a subprocess
(through ``tests/fault_engine.py``, whose ``SPIN`` documents hold a worker
busy on call), does to it what a user, a terminal or the kernel would, and
checks the process table (``/proc``) for survivors and the output directory
for temporary files.  Every wait polls for its condition with a generous
limit; no test sleeps a fixed time to let something happen.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quoteattr.pool import usable_cpus

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="reads the process table from /proc"
)

ENGINE = Path(__file__).with_name("fault_engine.py")
HI = '"Hi," she said.'
NO = '"No," said Tom Roe.'
#: Long enough that a run waiting for the slowest document would show.
PATIENCE = 60.0


def wait_for(condition: Callable[[], Any], what: str, timeout: float = PATIENCE) -> Any:
    """Poll *condition* until it returns something true; fail after *timeout* seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def stat_fields(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state first), or None."""
    try:
        data = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    return data[data.rfind(b")") + 2 :].decode().split()


def alive(pid: int) -> bool:
    """True while *pid* runs (a zombie has finished: it only waits to be reaped)."""
    fields = stat_fields(pid)
    return fields is not None and fields[0] != "Z"


def children(pid: int) -> list[int]:
    """The live processes whose parent is *pid*."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            fields = stat_fields(int(entry.name))
            if fields is not None and fields[1] == str(pid) and fields[0] != "Z":
                found.append(int(entry.name))
    return found


class Run:
    """A ``quoteattr --jsonl`` run in a subprocess, with its files in *tmp_path*."""

    def __init__(self, tmp_path: Path, texts: list[str], *args: str, new_session: bool = False) -> None:
        self.dir = tmp_path / "run"
        self.dir.mkdir()
        self.input = self.dir / "in.jsonl"
        self.input.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)))
        self.out = self.dir / "out.jsonl"
        self.pids = tmp_path / "pids"
        self.release = tmp_path / "release"
        env = {**os.environ, "FAULT_PIDS": str(self.pids), "FAULT_RELEASE": str(self.release)}
        env.update({k: v for k, v in (a.split("=", 1) for a in args if a.startswith("FAULT_"))})
        argv = [a for a in args if not a.startswith("FAULT_")]
        self.started = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, str(ENGINE), "--jsonl", str(self.input), "-o", str(self.out), *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=new_session,
        )
        self.workers: list[int] = []

    def spinners(self, count: int = 1) -> list[int]:
        """Wait until *count* workers have begun a SPIN document; their pids."""

        def found() -> list[int] | None:
            pids = [int(p) for p in self.pids.read_text().split()] if self.pids.exists() else []
            return pids if len(pids) >= count else None

        pids: list[int] = wait_for(found, f"{count} spinning worker(s)")
        return pids

    def record_workers(self, count: int) -> list[int]:
        """Wait until the run has *count* worker processes and remember them."""

        def enough() -> list[int] | None:
            found = children(self.proc.pid)
            return found if len(found) >= count else None

        self.workers = wait_for(enough, f"{count} workers")
        return self.workers

    def finish(self, timeout: float = PATIENCE) -> tuple[int, str]:
        """Wait for the exit; return (status, stderr)."""
        _out, err = self.proc.communicate(timeout=timeout)
        return self.proc.returncode, err.decode()

    def lines(self) -> list[dict[str, Any]]:
        """The JSON lines written to OUT."""
        return [json.loads(line) for line in self.out.read_text().splitlines()]

    def assert_nothing_left(self) -> None:
        """No worker survives, and the output directory holds no temporary file."""
        wait_for(lambda: not any(alive(pid) for pid in self.workers), "the workers to die", timeout=10)
        assert children(self.proc.pid) == []
        names = sorted(p.name for p in self.dir.iterdir())
        assert names in (["in.jsonl"], ["in.jsonl", "out.jsonl"]), names


#: More documents than one chunk (16) holds, so that both workers get some;
#: the third holds its worker until released.
TEXTS = [HI, NO, "SPIN " + HI] + [NO, HI] * 20
ALL = list(range(len(TEXTS)))
ALL_BUT_SPIN = [i for i in ALL if i != 2]


def test_kill_9_of_the_parent_takes_the_workers_with_it(tmp_path: Path) -> None:
    run = Run(tmp_path, TEXTS, "--workers", "2")
    run.spinners()
    run.record_workers(2)
    run.proc.kill()
    run.proc.wait(timeout=PATIENCE)
    run.assert_nothing_left()
    assert not run.out.exists()


def test_sigterm_unwinds_and_leaves_the_old_output(tmp_path: Path) -> None:
    run = Run(tmp_path, TEXTS, "--workers", "2")
    run.out.write_text("previous\n")
    run.spinners()
    run.record_workers(2)
    run.proc.terminate()
    status, err = run.finish()
    assert status == 128 + signal.SIGTERM
    assert err.splitlines() == ["quoteattr: terminated by SIGTERM"]
    run.assert_nothing_left()
    assert run.out.read_text() == "previous\n"


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_ends_the_run_at_once(tmp_path: Path, presses: int) -> None:
    # As at a terminal: SIGINT to the whole process group, workers included.
    run = Run(tmp_path, TEXTS, "--workers", "2", new_session=True)
    run.spinners()
    run.record_workers(2)
    pressed = time.monotonic()
    for n in range(presses):
        if n:
            time.sleep(0.1)  # the second press comes 0.1 s after the first
        os.killpg(run.proc.pid, signal.SIGINT)
    status, err = run.finish()
    took = time.monotonic() - pressed
    assert status == 130
    assert err.splitlines() == ["quoteattr: interrupted"]
    # The spinning document would hold the run for minutes; it ends within
    # a second (five allowed for a loaded machine).
    assert took < 5.0, took
    run.assert_nothing_left()
    assert not run.out.exists()


def test_a_killed_worker_costs_nothing_when_the_retry_succeeds(tmp_path: Path) -> None:
    run = Run(tmp_path, TEXTS, "--workers", "2")
    (first,) = run.spinners(1)
    workers_then = run.record_workers(2)
    os.kill(first, signal.SIGKILL)  # as the out-of-memory killer would
    second = run.spinners(2)[1]
    assert second not in workers_then  # retried in a fresh worker
    run.release.touch()
    status, err = run.finish()
    lines = run.lines()
    assert status == 0
    assert [line["id"] for line in lines] == ALL
    assert lines[2]["quotes"][0]["text"] == "Hi,"
    assert err.splitlines() == [
        f'quoteattr: warning: {run.input}:3 (id 2): its worker process was killed by signal 9 (SIGKILL); '
        "trying it once more in a fresh worker",
        "quoteattr: 43 documents, 43 quotes, 0 errors",
    ]
    run.assert_nothing_left()


def test_a_worker_killed_twice_costs_only_its_document(tmp_path: Path) -> None:
    run = Run(tmp_path, TEXTS, "--workers", "2")
    (first,) = run.spinners(1)
    os.kill(first, signal.SIGKILL)
    second = run.spinners(2)[1]
    os.kill(second, signal.SIGKILL)
    status, err = run.finish()
    lines = run.lines()
    assert status == 1
    assert [line["id"] for line in lines] == ALL_BUT_SPIN  # the rest kept, in order
    reason = "its worker process was killed by signal 9 (SIGKILL)"
    assert err.splitlines() == [
        f"quoteattr: warning: {run.input}:3 (id 2): {reason}; trying it once more in a fresh worker",
        f"quoteattr: error: {run.input}:3 (id 2): {reason}; skipped",
        "quoteattr: 42 documents, 42 quotes, 1 error",
    ]
    run.assert_nothing_left()


def test_time_limit_skips_the_document_and_keeps_the_order(tmp_path: Path) -> None:
    run = Run(tmp_path, TEXTS, "--workers", "2", "--timeout", "1")
    status, err = run.finish()
    lines = run.lines()
    assert status == 1
    assert [line["id"] for line in lines] == ALL_BUT_SPIN
    assert err.splitlines() == [
        f"quoteattr: error: {run.input}:3 (id 2): took more than 1 s of CPU time (the time limit); skipped",
        "quoteattr: 42 documents, 42 quotes, 1 error",
    ]
    assert time.monotonic() - run.started < PATIENCE
    run.assert_nothing_left()


def test_a_fork_failure_is_a_true_error(tmp_path: Path) -> None:
    # The first worker starts; the second meets the process limit.
    run = Run(tmp_path, [HI] * 50 + ["SPIN"], "--workers", "2", "FAULT_FORKS=1")
    status, err = run.finish()
    assert status == 2
    assert err.splitlines() == [
        "quoteattr: error: cannot start a worker process: Resource temporarily unavailable "
        "(at a process or memory limit? try fewer --workers)"
    ]
    run.assert_nothing_left()
    assert not run.out.exists()


def test_workers_are_capped(tmp_path: Path) -> None:
    run = Run(tmp_path, [HI] * 40 + ["SPIN"] + [NO] * 40, "--workers", "1000")
    run.spinners()
    seen = children(run.proc.pid)
    assert 1 <= len(seen) <= usable_cpus()
    run.workers = seen
    run.release.touch()
    status, err = run.finish()
    lines = run.lines()
    assert status == 0
    assert len(lines) == 81
    assert err.splitlines()[0] == (
        f"quoteattr: note: --workers 1000 is more than the {usable_cpus()} CPUs this process may use; "
        f"using {usable_cpus()}"
    )
    run.assert_nothing_left()
