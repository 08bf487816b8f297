# A captured variable lives in a cell: the value is held by the cell, the cell by the frame and the closure.
import sys

class C:
    pass

def outer():
    captured = C()
    def inner():
        return captured
    print("value in a cell:", sys.getrefcount(captured))
    cell = inner.__closure__[0]
    print("cell (frame slot + closure tuple + name):", sys.getrefcount(cell))
    return inner

f = outer()
print("after outer returned, value:", sys.getrefcount(f()))
print("cell contents is the object:", f.__closure__[0].cell_contents is f())
