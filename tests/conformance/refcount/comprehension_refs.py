# A list comprehension's result holds the items; its loop variable is gone after it ends.
import sys

class C:
    pass

x = C()
made = [x for _ in range(4)]
print("held by the result:", sys.getrefcount(x))
pairs = {i: x for i in range(2)}
print("also as dict values:", sys.getrefcount(x))
made = None
print("after dropping the list:", sys.getrefcount(x))
