"""What `apikit verify` shows of schemathesis' output: its report, in apikit's terms, without secrets.

schemathesis runs in a child process and its output passes through here line by line:

- a hint that names a schemathesis option (always in backquotes, e.g. "set the address with
  `--url`") names apikit verify's option for the same thing instead (`--base-url`); an option that
  verify does not offer is named as the schemathesis setting it is, without the ``--``, so nothing
  reads like a flag the user could pass to verify;
- every credential given on the command line is masked, as given and URL-encoded (as it travels in
  a query; :mod:`apikit.verify.credentials` adds the Base64 of HTTP Basic), wherever it would
  appear. schemathesis already masks the values of headers and parameters it knows to be sensitive
  (and verify tells it the names of the ones it sends); this is the net under that, for values in
  bodies, URLs or error messages. Values shorter than ``SHORTEST_MASKED`` characters are left alone:
  masking them would garble the report, not protect them;
- the ``st replay <id>`` line under a failure is left out: replaying needs the spec file and hooks of
  the run, which are gone when verify ends. The curl command above it reproduces the request.
"""

from __future__ import annotations

import codecs
import os
import re
import select
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any
from urllib.parse import quote, quote_plus

MASK = "[Filtered]"
SHORTEST_MASKED = 4
# schemathesis run options and the apikit verify options that do the same (same name: not listed).
SCHEMATHESIS_TO_APIKIT = {
    "--url": "--base-url",
    "--rate-limit": "--rate",
    "--report-junit-path": "--junit-xml",
    "--include-path-regex": "--include-path",
    "--exclude-path-regex": "--exclude-path",
}
# Whole hints that deserve apikit's own wording rather than a translated option.
CREDENTIALS_HINT = "Ensure valid authentication credentials are set via `--auth` or `-H`"
BACKQUOTED_OPTION = re.compile(r"`(?P<option>--[A-Za-z][\w-]*)(?P<rest>[= ][^`]*)?`")
REPLAY_LINE = re.compile(r"\s*st replay \S+\s*")


@dataclass(frozen=True)
class OutputFilter:
    """Rewrites one line of schemathesis output for the person who ran `apikit verify`."""

    options: frozenset[str]
    """Every option `apikit verify` accepts (long and short forms)."""
    secrets: tuple[str, ...] = field(default=(), repr=False)
    credentials_hint: str = "Give valid credentials with `--auth`, `--bearer`, `--api-key` or `-H`"

    def __call__(self, line: str) -> str:
        if REPLAY_LINE.fullmatch(line):
            return ""
        line = self.masked(line)
        line = line.replace(CREDENTIALS_HINT, self.credentials_hint)
        return BACKQUOTED_OPTION.sub(self._in_apikit_terms, line)

    def masked(self, text: str) -> str:
        for secret in _masked_forms(self.secrets):
            text = text.replace(secret, MASK)
        return text

    def _in_apikit_terms(self, match: re.Match[str]) -> str:
        option, rest = match["option"], match["rest"] or ""
        ours = SCHEMATHESIS_TO_APIKIT.get(option, option)
        if ours in self.options:
            return f"`{ours}{rest}`"
        return f"schemathesis' `{option.removeprefix('--')}` setting (not offered by apikit verify)"


def _masked_forms(secrets: Iterable[str]) -> list[str]:
    """Each secret as given and as it travels, longest first (so no form is left half-masked)."""
    forms: set[str] = set()
    for secret in secrets:
        if len(secret) >= SHORTEST_MASKED:
            forms |= {secret, quote(secret, safe=""), quote_plus(secret)}
    return sorted(forms, key=len, reverse=True)


def run_filtered(command: list[str], env: Mapping[str, str], line_filter: OutputFilter) -> int:
    """Run ``command``, passing its stdout and stderr through ``line_filter`` to ours; its exit code.

    In a terminal, the command gets a terminal of its own (a pseudo-terminal the size of ours), so
    schemathesis still draws its live progress; elsewhere (CI, a test, a pipe) it writes to pipes."""
    if _in_a_terminal():
        return _run_in_terminal(command, env, line_filter)
    return _run_piped(command, env, line_filter)


def _in_a_terminal() -> bool:
    return hasattr(os, "openpty") and sys.stdout.isatty()


def _run_piped(command: list[str], env: Mapping[str, str], line_filter: OutputFilter) -> int:
    process = subprocess.Popen(
        command,
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert process.stdout is not None and process.stderr is not None
    copies = [
        threading.Thread(target=_copy_lines, args=(process.stdout, sys.stdout, line_filter), daemon=True),
        threading.Thread(target=_copy_lines, args=(process.stderr, sys.stderr, line_filter), daemon=True),
    ]
    for copy in copies:
        copy.start()
    try:
        returncode = process.wait()
    except KeyboardInterrupt:
        returncode = _stop(process)
    for copy in copies:
        copy.join(timeout=10)
    return returncode


# A live display redraws its last line without ending it; shown after this long without more output.
QUIET_SECONDS = 0.1
LINE_END = re.compile(r"(?<=[\r\n])")


def _run_in_terminal(command: list[str], env: Mapping[str, str], line_filter: OutputFilter) -> int:
    """Lines (ended by a newline or a carriage return) pass through ``line_filter`` as they come; an
    unended rest once the command has been quiet for ``QUIET_SECONDS``."""
    leader, follower = os.openpty()
    _prepare_terminal(sys.stdout, follower)
    process = subprocess.Popen(command, env=dict(env), stdout=follower, stderr=follower)
    os.close(follower)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    rest = ""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], QUIET_SECONDS)
            if not ready:
                rest = _show(rest, "", line_filter, flush=True)
                if process.poll() is not None:
                    break  # ended, and something it started holds the terminal open
                continue
            chunk = _read(leader)
            if not chunk:
                break
            rest = _show(rest, decoder.decode(chunk), line_filter)
        _show(rest, decoder.decode(b"", final=True), line_filter, flush=True)
        returncode = process.wait()
    except KeyboardInterrupt:
        returncode = _stop(process)
    finally:
        os.close(leader)
    return returncode


def _show(rest: str, text: str, line_filter: OutputFilter, *, flush: bool = False) -> str:
    """Write the complete lines of ``rest + text`` (and the unended rest when ``flush``); the rest."""
    *lines, rest = LINE_END.split(rest + text)
    if flush and rest:
        lines, rest = [*lines, rest], ""
    if lines:
        sys.stdout.write("".join(line_filter(line) for line in lines))
        sys.stdout.flush()
    return rest


def _read(leader: int) -> bytes:
    try:
        return os.read(leader, 65536)
    except OSError:  # the command closed its terminal (Linux says EIO)
        return b""


def _prepare_terminal(ours: IO[str], theirs: int) -> None:
    """The command's terminal passes newlines on as they are (ours turns them into what the screen
    needs), and is the size of ours when ours has one."""
    import fcntl
    import termios

    attributes = termios.tcgetattr(theirs)
    attributes[1] &= ~termios.ONLCR
    termios.tcsetattr(theirs, termios.TCSANOW, attributes)
    try:
        size = fcntl.ioctl(ours.fileno(), termios.TIOCGWINSZ, b"\0" * 8)
        fcntl.ioctl(theirs, termios.TIOCSWINSZ, size)
    except (OSError, ValueError):
        pass  # not a real terminal after all: the default size


def _copy_lines(source: IO[str], sink: IO[str], line_filter: OutputFilter) -> None:
    for line in source:
        sink.write(line_filter(line))
        sink.flush()


def _stop(process: subprocess.Popen[Any]) -> int:
    """Ctrl+C reaches schemathesis too (same process group), which then reports and ends; a signal
    sent to verify alone is passed on. Either way, schemathesis gets the time to say where it stopped."""
    try:
        process.send_signal(signal.SIGINT)
        return process.wait(timeout=30)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):
        process.kill()
        return process.wait()
