"""`python -m accord …` runs the command line, like the `accord` script."""

from accord.cli import run

run()
