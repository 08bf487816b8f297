# When a replaced sys.stderr's write fails on a caret of an uncaught exception's traceback, python3 ends the report there (print_error_location_carets' error ends tb_displayline and the traceback), then reports the exception itself as "lost sys.stderr".
import sys


class NoCarets:
    def write(self, piece):
        if piece == "^":
            raise OSError("no carets")
        if piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        sys.__stdout__.write(repr(piece) + "\n")
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<flush>\n")


def second(items):
    return items[1] + items[2]


sys.stderr = NoCarets()
second([1])
