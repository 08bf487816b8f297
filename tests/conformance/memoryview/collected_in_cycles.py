# A view held only by a cycle keeps its bytearray locked until the collector frees it; the view and its managed buffer count as garbage
import gc
import sys


class Reader:
    def __init__(self, data):
        self.view = memoryview(data)
        self.me = self


gc.collect()
data = bytearray(b"payload")
reader = Reader(data)
del reader
try:
    data.append(1)
except BufferError as e:
    print("still locked:", e, sys.getrefcount(data))
print(gc.collect())
data.append(33)
print(data, sys.getrefcount(data))
views = [memoryview(data)[i:i + 2] for i in range(0, 6, 2)]
views.append(views)
del views
print(gc.collect(), sys.getrefcount(data))
data.extend(b"??")
print(data)
