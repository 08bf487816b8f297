# The exporter's reference count: one reference from the managed buffer, however many views and slices exist
import sys
import gc
data = bytearray(b"abcdef")
print(sys.getrefcount(data))
first = memoryview(data)
print(sys.getrefcount(data), sys.getrefcount(first))
second = first[1:4]
third = memoryview(first)
fourth = first.toreadonly()
print(sys.getrefcount(data), sys.getrefcount(first))
buffer = gc.get_referents(first)[0]
print(type(buffer).__name__, sys.getrefcount(buffer), sys.getsizeof(buffer))
print(all(gc.get_referents(v)[0] is buffer for v in (second, third, fourth)))
print(gc.get_referents(buffer) == [data], gc.get_referents(buffer)[0] is data)
print(gc.is_tracked(first), gc.is_tracked(buffer), gc.is_tracked(data))
del second, third
print(sys.getrefcount(buffer), sys.getrefcount(data))
first.release()
print(sys.getrefcount(data), gc.is_tracked(buffer), gc.get_referents(buffer))
fourth.release()
print(sys.getrefcount(data), gc.is_tracked(buffer), gc.get_referents(buffer))
print(sys.getrefcount(buffer))
del first, fourth
print(sys.getrefcount(buffer))
