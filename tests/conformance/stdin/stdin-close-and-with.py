#| stdin: first\nsecond\nthird
# with sys.stdin as f: reads, then closes it; reading a closed stdin (and input()) raises ValueError
import sys
with sys.stdin as f:
    print(f is sys.stdin, repr(f.readline()), sys.stdin.closed)
print(sys.stdin.closed, hasattr(sys.stdin, "close"))
for attempt in [sys.stdin.readline, sys.stdin.read, input, lambda: iter(sys.stdin), sys.stdin.fileno, sys.stdin.isatty, sys.stdin.readable, lambda: sys.stdin.__enter__()]:
    try:
        attempt()
    except ValueError as e:
        print("ValueError:", e)
sys.stdin.close()
print(sys.stdout.closed, sys.stderr.closed)
