"""`python -m khabar`."""
from .cli import main

main()
