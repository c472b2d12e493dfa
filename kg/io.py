"""Safe output: atomic, durable files; temporaries of dead runs cleaned; signals turned into clear exits.

A result file is either the old one or the complete new one, never half-written, never an empty
file put in the place of a good one, and never lost to a power cut between the write and the
rename (the data and the directory entry are fsynced). Temporaries carry the writer's process id,
so the next run can tell the leftovers of a killed process from the work of a live one and remove
them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import signal
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

import click

#: Exit statuses of a run stopped by a signal, as a shell reports them (128 + signal number).
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


class OutputProblem(click.ClickException):
    """An output could not be written (disk full, closed stdout, …): one line, exit status 1."""


class NothingWritten(Exception):
    """The run produced no content, so the previous file was kept."""


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so that ``finally`` blocks clean up as for Ctrl-C."""


def umask() -> int:
    """The process umask (read by setting and restoring it: there is no getter before Python 3.13)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (a kill -9'd writer's id is free)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def fsync_directory(directory: str | os.PathLike) -> None:
    """Make a rename inside ``directory`` durable (best effort where the file system cannot)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _temporary_pattern(name: str, suffix: str) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(name)}\.(\d+)(?:\.[0-9a-f]+)?{re.escape(suffix)}$")


def clean_stale(target: str | os.PathLike, suffix: str = ".tmp") -> list[Path]:
    """Remove the temporaries of ``target`` left by processes that no longer run; return them."""
    path = Path(target)
    pattern = _temporary_pattern(path.name, suffix)
    removed = []
    with contextlib.suppress(OSError):
        for entry in path.parent.iterdir():
            match = pattern.match(entry.name)
            if match and not pid_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    if entry.is_dir() and not entry.is_symlink():
                        import shutil

                        shutil.rmtree(entry)
                    else:
                        entry.unlink()
                    removed.append(entry)
    return removed


def temporary_name(target: Path, suffix: str = ".tmp") -> Path:
    """A hidden sibling of ``target`` named after this process (so a later run can tell it is stale)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{secrets.token_hex(4)}{suffix}")


def _is_special(target: Path) -> bool:
    """A device, FIFO or socket (``-o /dev/null``): written in place, there is nothing to swap."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def atomic_binary(path: str | os.PathLike, *, keep_if_empty: bool = False) -> Iterator[BinaryIO]:
    """A binary handle whose content replaces ``path`` once complete, fsynced, with the umask's permissions.

    With ``keep_if_empty`` nothing is written when the block wrote nothing (an existing file is
    left alone, no empty file appears), and :class:`NothingWritten` is raised after the block so
    the caller can say so.
    """
    target = Path(path)
    if _is_special(target):
        with open(target, "wb") as handle:
            yield handle
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_stale(target)
    temporary = temporary_name(target)
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~umask())
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            empty = handle.tell() == 0
            os.fsync(handle.fileno())
        if empty and keep_if_empty:
            raise NothingWritten(str(target))
        os.replace(temporary, target)
        fsync_directory(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike | None, encoding: str = "utf-8", *, keep_if_empty: bool = False
) -> Iterator[TextIO]:
    """Text output to ``path`` through :func:`atomic_binary` (stdout if None or ``-``)."""
    if path is None or str(path) == "-":
        if sys.stdout is None:
            raise OutputProblem("standard output is closed; give an output file with -o")
        yield sys.stdout
        sys.stdout.flush()
        return
    import io

    with atomic_binary(path, keep_if_empty=keep_if_empty) as raw:
        text = io.TextIOWrapper(raw, encoding=encoding, newline="\n", write_through=False)
        try:
            yield text
            text.flush()
        finally:
            text.detach()


def describe_os_error(error: OSError) -> str:
    """``No space left on device`` rather than ``[Errno 28] …``."""
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    if error.errno == errno.EFBIG:
        return "file too large for this file system or limit"
    return error.strerror or str(error)


@contextlib.contextmanager
def signals_as_exits(command: str, kept: str = "") -> Iterator[None]:
    """Ctrl-C exits 130 and SIGTERM 143, each with one line saying what was kept; a broken pipe quietly.

    SIGTERM is raised as :class:`Terminated` in the main thread, so the same ``finally`` blocks
    that clean temporaries after Ctrl-C run after a ``kill`` too.
    """

    def terminate(signum: int, frame: object) -> None:
        raise Terminated()

    previous = None
    with contextlib.suppress(ValueError):  # not the main thread
        previous = signal.signal(signal.SIGTERM, terminate)
    note = f"; {kept}" if kept else ""
    try:
        yield
    except KeyboardInterrupt:
        click.echo(f"kg {command}: interrupted{note}", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        click.echo(f"kg {command}: terminated{note}", err=True)
        sys.exit(EXIT_TERMINATED)
    except BrokenPipeError:
        # The reader went away (`kg extract … | head`): nothing more to say, and nothing to flush.
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    finally:
        if previous is not None:
            with contextlib.suppress(ValueError):
                signal.signal(signal.SIGTERM, previous)
