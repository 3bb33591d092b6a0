"""Errors that reach the user as one clear message naming the file and place."""

from __future__ import annotations

from dataclasses import dataclass


class VariorumError(Exception):
    """A failure the user can act on; the CLI prints it without a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.file or ""
        if where and self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}" if where else self.message


class InputError(VariorumError):
    """Bad input (configuration, witness file, variorum JSON): exit status 2."""

    exit_code = 2


class WorkError(VariorumError):
    """The work itself failed (a renderer, a write): exit status 1."""

    exit_code = 1


@dataclass(frozen=True)
class Position:
    """A place in a file, for messages."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"
