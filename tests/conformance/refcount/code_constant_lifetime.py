# A constant outlives every name bound to it: its code object keeps it, so it is never freed while the module runs
import sys, gc

class Probe:
    pass

messages = []
def record(text):
    messages.append(text)
    return sys.getrefcount(text)

print("held by code and arena, plus list, name, argument:", record("first message!"))
print("again:", record("first message!"))
messages.clear()
print("after clear:", sys.getrefcount("first message!"))

x = 123456789
ids = [x, x, x]
print("three slots:", sys.getrefcount(x))
del ids
print("list gone:", sys.getrefcount(x))
del x
gc.collect()
y = 123456789
print("rebound to the same constant:", sys.getrefcount(y))
print(gc.is_tracked((1, 2)), gc.is_tracked(("a", [1])))
