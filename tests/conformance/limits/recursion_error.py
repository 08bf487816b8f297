# Unbounded recursion raises RecursionError at the limit of 1000 frames.
import sys

print("limit:", sys.getrecursionlimit())

def down(n):
    return down(n + 1)

down(0)
