# print with sep, end and file=sys.stderr; stdout and stderr interleave as each stream flushes
import sys
print("a", "b", sep="-", end="|\n")
print("to stderr", file=sys.stderr)
print(1, 2, 3, sep="")
print("no newline", end="")
print(" continued")
print("err", "line", sep=", ", file=sys.stderr, end="!\n")
print(sep=None, end=None)
print("x", sep=None)
print(*[1, 2], *"ab", sep="\t")
sys.stderr.write("raw write\n")
sys.stdout.write("out write\n")
print("flushed", flush=True)
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
try:
    print("a", file=5)
except AttributeError as e:
    print(e)
try:
    print("a", end=b"x")
except TypeError as e:
    print(e)
print("partial", end="", file=sys.stderr)
print(" and more", file=sys.stderr)
raise SystemExit("bye")
