# sys.maxsize, sys.platform and sys.byteorder are the 64-bit Linux build's; sys.argv is [the script's path], a list made at startup.
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, sys.platform, sys.byteorder, type(sys.maxsize))
best = sys.maxsize
for v in [5, 3, 9]:
    best = min(best, v)
print(best)
import gc
print(len(sys.argv), sys.argv[0].endswith(".py"), type(sys.argv))
if len(sys.argv) > 1:
    print("args")
else:
    print("usage: prog NAME")
print(sys.getrefcount(sys.argv), gc.is_tracked(sys.argv))
a = sys.argv
print(sys.getrefcount(a))
sys.argv.append("x")
print(len(sys.argv))
del sys.argv
print(sys.getrefcount(a), a[1])
