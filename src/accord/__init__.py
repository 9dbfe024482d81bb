"""accord: a source-grounded register of what two countries signed, promised and did."""

__version__ = "0.1.0"
