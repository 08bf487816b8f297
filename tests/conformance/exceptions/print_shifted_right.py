# Python 2's print >>f, x: the TypeError for >> adds a hint when the left operand is print; the streams' type is _io.TextIOWrapper
import sys
for attempt in [lambda: print >> sys.stderr, lambda: 1 + sys.stdin, lambda: sys.stdout >> print]:
    try:
        attempt()
    except TypeError as e:
        print(e)
print >> 1
