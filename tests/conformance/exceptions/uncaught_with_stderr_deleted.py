# With sys.stderr deleted, an uncaught exception is dumped by _PyObject_Dump ("lost sys.stderr"); a replaced sys.stdout is flushed before and at exit.
import sys


class Out:
    def write(self, piece):
        sys.__stdout__.write(piece)
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<stdout flush>\n")


sys.stdout = Out()
print("before")
del sys.stderr
err = ValueError("gone")
raise err
