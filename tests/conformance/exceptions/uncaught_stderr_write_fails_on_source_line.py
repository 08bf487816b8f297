# When a replaced sys.stderr's write fails on a source line of an uncaught exception's traceback, python3 drops the error and goes on with the next entry, still calls flush(), and a flush that fails at exit makes the status 120.
import sys


class FailsFifth:
    def __init__(self):
        self.count = 0

    def write(self, piece):
        self.count += 1
        if self.count == 5:
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


sys.stderr = FailsFifth()
fail()
