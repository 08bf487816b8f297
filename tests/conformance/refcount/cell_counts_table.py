# The captured value is held once by its cell; the cell by the frame slot and the closure tuple.
import sys

class C:
    pass

def outer():
    value = C()
    def inner():
        return value
    print("value:", sys.getrefcount(value))
    print("cell:", sys.getrefcount(inner.__closure__[0]))
    return inner

keep = outer()
print("cell after return:", sys.getrefcount(keep.__closure__[0]))
