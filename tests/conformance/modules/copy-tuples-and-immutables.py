# Immutable objects are their own copies; deepcopy makes a new tuple only when some item had to be copied.
import copy
import sys

flat = (1, "two", 3.0)
print("copy of tuple is itself:", copy.copy(flat) is flat)
print("deepcopy of immutable tuple is itself:", copy.deepcopy(flat) is flat)
holder = (1, [2, 3])
holder_deep = copy.deepcopy(holder)
print("tuple holding a list:", holder_deep is not holder, holder_deep[1] is not holder[1], holder_deep == holder)
print("list counts:", sys.getrefcount(holder[1]), sys.getrefcount(holder_deep[1]))
nested = ((1, 2), (3, (4,)))
print("nested immutable tuple is itself:", copy.deepcopy(nested) is nested)

def function():
    return 1

class Plain:
    pass

for value in (None, 7, "text", function, Plain, len, range(3), True, Ellipsis, 10 ** 30):
    print(type(value).__name__, copy.copy(value) is value, copy.deepcopy(value) is value)
s = slice(1, 5)
print("slice:", copy.copy(s) is s, copy.deepcopy(s) is s, copy.deepcopy(s))
