# An uncaught exception group is printed to a replaced sys.stderr in print_exception_group's pieces: the indentation, "| " or "+ " margins and box lines each written apart.
import sys


class Recorder:
    def write(self, piece):
        if piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        sys.__stdout__.write(repr(piece) + "\n")
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<flush>\n")


def inner():
    raise KeyError(2)


try:
    inner()
except KeyError as e:
    nested = e
sys.stderr = Recorder()
raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("h", [nested, TypeError("t")])])
