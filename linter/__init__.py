"""isplint: a linter for information sharing protocols written as Word documents."""

__version__ = "0.1.0"
