# An uncaught exception is printed to a replaced sys.stderr in the pieces print_exception writes (the chain, a SyntaxError's block, carets, a suggestion, notes), between the flushes python3 makes.
import sys


class Recorder:
    def write(self, piece):
        if piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        sys.__stdout__.write(repr(piece) + "\n")
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<flush>\n")


class Outer:
    class Error(Exception):
        pass


def lookup(d):
    return d["missing"] + 1


sys.stderr = Recorder()
print("before")
try:
    raise SyntaxError("bad token", ("f.py", 2, 5, "    x = (1 +\n", 2, 8))
except SyntaxError:
    try:
        lookup({})
    except KeyError:
        try:
            count_me = 1
            count_mee
        except NameError as e:
            e.add_note("first\nsecond")
            e.add_note("")
            raise Outer.Error() from e
