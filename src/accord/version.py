"""The version of accord, in a module that imports nothing (low layers can read it)."""

__version__ = "0.1.0"
