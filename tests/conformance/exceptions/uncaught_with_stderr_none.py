# With sys.stderr set to None, an uncaught exception prints nothing (PyErr_Display returns at once), and the exit status is still 1.
import sys

print("before")
sys.stderr = None


def fail():
    raise ValueError("never shown")


fail()
