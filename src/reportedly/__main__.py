"""``python -m reportedly``: the command-line interface."""

from reportedly.cli import main

main()
