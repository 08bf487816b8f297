# what counts as a sequence of exceptions (PySequence_Check): deques, classes with __getitem__, empty ranges and strs, not dict views
from collections import deque
import array
class M:
    def __getitem__(self, i):
        if i > 0:
            raise IndexError
        return ValueError(i)
    def keys(self):
        return []
for s in [deque([ValueError(1)]), M(), range(0), "ab", b"", {1: 2}.keys(), array.array("i"), (e for e in [ValueError()]), iter([ValueError()])]:
    try:
        g = ExceptionGroup("d", s)
        print(type(g.args[1]).__name__, g.exceptions)
    except Exception as e:
        print(type(e).__name__, e)
