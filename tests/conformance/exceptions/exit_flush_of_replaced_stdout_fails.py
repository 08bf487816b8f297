# At exit python3 flushes sys.stdout and sys.stderr as the program left them: a stdout flush that fails is reported as unraisable and makes the exit status 120; a stream whose closed is true is not flushed.
import sys


class Out:
    def write(self, piece):
        sys.__stdout__.write(piece)
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<stdout flush>\n")
        raise OSError("stdout is gone")


class ClosedErr:
    closed = True

    def write(self, piece):
        if "0x" in piece:
            piece = "<repr with an address>"
        elif piece.startswith('  File "'):
            piece = "  File ..." + piece[piece.index('", line'):]
        sys.__stdout__.write("err: " + repr(piece) + "\n")
        return len(piece)

    def flush(self):
        sys.__stdout__.write("<stderr flush>\n")


sys.stdout = Out()
print("printed")
sys.stderr = ClosedErr()
