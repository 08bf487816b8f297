# print(file=...) writes each piece through the file's write(), sys.stdout/sys.stderr are text streams a program can replace, and module attributes can be set and deleted.
import sys
class Capture:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
c = Capture()
print("a", 1, [2], sep=", ", end="!\n", file=c, flush=True)
print(c.parts)
old = sys.stdout
sys.stdout = c
print("captured")
sys.stdout = old
print(c.parts, sys.stdout is sys.__stdout__)
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.write("xy\n"), type(sys.stdout).__name__)
class Bad:
    def __str__(self): raise ValueError("bad str")
try:
    print("first", Bad(), "third")
except ValueError as e:
    print("\n", e)
try:
    print("x", file=5)
except AttributeError as e:
    print(e)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print("err line", file=sys.stderr)
sys.stderr.write("raw err\n")
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
import gc, math
x = []
print(sys.getrefcount(x))
math.keep = x
print(sys.getrefcount(x))
del math.keep
print(sys.getrefcount(x))
class A: pass
a = A(); a.self = a
math.a = a
del a
print(gc.collect())
print(type(math.a).__name__)
math.pi = 3
print(math.pi)
