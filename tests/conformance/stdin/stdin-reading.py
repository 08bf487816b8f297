#| stdin: first\nsecond é\nthird 😀\n\nfifth\tx\nsixth\nseventh\neighth
# sys.stdin's read, readline and readlines with sizes, iteration, and what the other streams refuse
import sys
print(sys.stdin, sys.stdin is sys.__stdin__, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdout.readable(), sys.stdout.writable(), sys.stdin.fileno(), sys.stdin.isatty())
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline(1)), repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(8)), repr(sys.stdin.readline(-1)))
print(repr(next(sys.stdin)), iter(sys.stdin) is sys.stdin)
print(sys.stdin.readlines(2))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 0:
        break
print(repr(sys.stdin.read(None)), repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(next(sys.stdin, "done"))
for stream, call in [(sys.stdout, "read"), (sys.stdout, "readline"), (sys.stdin, "write")]:
    try:
        getattr(stream, call)("x") if call == "write" else getattr(stream, call)()
    except OSError as e:
        print(type(e).__module__, type(e).__name__, e, isinstance(e, ValueError), [c.__name__ for c in type(e).__mro__])
for bad in [lambda: sys.stdin.readline(None), lambda: sys.stdin.readline("2"), lambda: sys.stdin.read(1, 2), lambda: sys.stdin.readline(size=2), lambda: sys.stdin.readlines(hint=1), lambda: sys.stdin.write(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
