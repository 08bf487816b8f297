# redirect_stdout and redirect_stderr swap sys.stdout/sys.stderr for the with and put the old stream back, even on errors
import sys
from contextlib import redirect_stdout, redirect_stderr


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


buffer = Capture()
with redirect_stdout(buffer) as target:
    print("captured line")
    print("another", 1, 2, sep="-")
    print("target is buffer:", target is buffer)
print("back on stdout; captured:", repr(buffer.getvalue()))

err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))

try:
    with redirect_stdout(Capture()):
        print("lost")
        raise ValueError("inside redirect")
except ValueError as e:
    print("restored after error:", e)

outer, inner = Capture(), Capture()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# One manager entered twice at once: it keeps a stack of the streams it replaced.
shared = Capture()
manager = redirect_stdout(shared)
with manager:
    with manager:
        print("nested in the same manager")
    print("still redirected", len(manager._old_targets))
print("restored", len(manager._old_targets), repr(shared.getvalue()))

print("refcount of the target:", sys.getrefcount(shared))
with redirect_stdout(shared):
    count = sys.getrefcount(shared)
print("inside it was", count)
with redirect_stdout(None):
    print("silenced")
print("end")
