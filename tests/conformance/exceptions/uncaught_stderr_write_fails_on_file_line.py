# A replaced sys.stderr whose write fails on a File line of an uncaught exception's traceback ends the report: python3 dumps the exception and prints "lost sys.stderr" to its own stderr, then calls flush().
import sys


class FailsFourth:
    def __init__(self):
        self.count = 0

    def write(self, piece):
        self.count += 1
        if self.count == 4:
            raise OSError("disk full")
        if piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        sys.__stdout__.write(repr(piece) + "\n")
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<flush>\n")
        raise OSError("cannot flush")


def fail():
    raise ValueError("not all shown")


sys.stderr = FailsFourth()
fail()
