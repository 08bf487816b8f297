# A __del__ that raises is reported to sys.stderr as it is now, in the separate pieces CPython writes; None silences it, and a failing write is reported as "Exception ignored in sys.unraisablehook".
import sys


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, piece):
        if "0x" in piece:
            piece = "<repr with an address>"
        elif piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        self.pieces.append(piece)
        return len(piece)

    def flush(self):
        self.pieces.append("<flush>")


class NoFlush:
    def __init__(self):
        self.pieces = []

    write = Recorder.write


class FailsFirst(Recorder):
    def write(self, piece):
        if not self.pieces:
            self.pieces.append("<refused>")
            raise OSError("disk full")
        return super().write(piece)


class FailsThird(Recorder):
    def write(self, piece):
        super().write(piece)
        if len(self.pieces) == 3:
            raise OSError("third piece")


class AlwaysFails:
    def write(self, piece):
        raise OSError("never")


class Outer:
    class Error(Exception):
        pass


def lookup(d):
    return d["missing"] + 1


class Raises:
    def __init__(self, how):
        self.how = how

    def __del__(self):
        if self.how == "value":
            raise ValueError("boom")
        if self.how == "nested":
            raise Outer.Error()
        if self.how == "bare":
            raise KeyError
        lookup({})


def report(stream, how="value"):
    saved = sys.stderr
    sys.stderr = stream
    Raises(how)
    sys.stderr = saved
    if hasattr(stream, "pieces"):
        print(type(stream).__name__, how, stream.pieces)


for how in ("value", "nested", "bare", "carets"):
    report(Recorder(), how)
report(NoFlush())
report(FailsFirst())
report(FailsThird())
report(None)
report(AlwaysFails())
print("nothing was printed for None or a stream that always fails")
del sys.stderr
Raises("value")
sys.stderr = sys.__stderr__
print("nor without sys.stderr")
Raises("value")
