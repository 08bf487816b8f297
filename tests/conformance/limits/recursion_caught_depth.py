# RecursionError can be caught; the depth reached is just under the limit.
import sys

deepest = 0

def down(n):
    global deepest
    deepest = n
    down(n + 1)

try:
    down(1)
except RecursionError as e:
    print("caught:", e)
print("deepest:", deepest)
