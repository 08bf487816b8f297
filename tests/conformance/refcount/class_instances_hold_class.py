# Each instance holds a reference to its class.
import sys

class Before:
    pass

base = sys.getrefcount(Before)
items = [Before() for _ in range(5)]
print("five instances add:", sys.getrefcount(Before) - base)
items.clear()
print("after clear:", sys.getrefcount(Before) - base)
