# Assigning __dict__ replaces the split dict with the given ordinary one (the old one is made, then dropped).
import sys

class P:
    pass

p = P()
p.a = 1
x = {"b": 2}
p.__dict__ = x
print(p.__dict__ is x, sys.getsizeof(p.__dict__), p.b, hasattr(p, "a"))
p.c = 3
print(sorted(x), sys.getsizeof(x))
try:
    p.__dict__ = 5
except TypeError as e:
    print(e)
