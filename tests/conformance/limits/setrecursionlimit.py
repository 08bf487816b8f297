# setrecursionlimit moves where RecursionError happens.
import sys

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

sys.setrecursionlimit(100)
print("limit 100:", sys.getrecursionlimit())
print("deepest:", depth(1))
sys.setrecursionlimit(300)
print("deepest with 300:", depth(1))
