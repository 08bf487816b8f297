# Reordering a list does not change how many references its items have.
import sys

class C:
    def __init__(self, n):
        self.n = n

a = C(1)
b = C(2)
items = [b, a, b]
before = (sys.getrefcount(a), sys.getrefcount(b))
items.sort(key=lambda c: c.n)
items.reverse()
print(before, (sys.getrefcount(a), sys.getrefcount(b)))
print([c.n for c in items])
