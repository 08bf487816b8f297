# input() with sys.stdin and sys.stdout replaced: readline() and write() called, str() of the prompt, the checks
import sys
class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
    def fileno(self):
        raise OSError("no descriptor")
class Shout:
    def write(self, text):
        sys.__stdout__.write(text.upper())
        return len(text)
    def flush(self):
        sys.__stdout__.write("|")
sys.stdin = Lines("yes\n", "no", b"bytes\n", 5)
sys.stdout = Shout()
print(repr(input("one? ")))
print(repr(input(2)))
print(repr(input()))
try:
    input(None)
except TypeError as e:
    print("TypeError:", e)
try:
    input("x")
except EOFError as e:
    print("EOFError:", e)
sys.stdout = sys.__stdout__
for name in ["stdin", "stdout"]:
    saved = getattr(sys, name)
    setattr(sys, name, None)
    try:
        input()
    except RuntimeError as e:
        sys.__stdout__.write(f"RuntimeError: {e}\n")
    delattr(sys, name)
    try:
        input()
    except RuntimeError as e:
        sys.__stdout__.write(f"RuntimeError: {e}\n")
    setattr(sys, name, saved)
for bad in [lambda: input(prompt="x"), lambda: input("a", "b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stderr.write(f"RuntimeError: {e}\n")
