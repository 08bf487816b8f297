# A view and its managed buffer are two GC objects: their allocations in gc.get_count(), tracking, and what release untracks
import gc
gc.collect()
gc.disable()
data = bytearray(b"0123456789")
before = gc.get_count()[0]
view = memoryview(data)
after_view = gc.get_count()[0]
part = view[2:6]
after_slice = gc.get_count()[0]
cast = view.cast("B", [2, 5])
after_cast = gc.get_count()[0]
print(after_view - before, after_slice - after_view, after_cast - after_slice)
buffer = gc.get_referents(view)[0]
print(gc.is_tracked(view), gc.is_tracked(part), gc.is_tracked(buffer))
view.release()
part.release()
print(gc.is_tracked(buffer), gc.get_referents(buffer) == [data])
cast.release()
print(gc.is_tracked(buffer), gc.get_referents(buffer), gc.is_tracked(view))
del buffer
start = gc.get_count()[0]
del view
print(gc.get_count()[0] - start)
del part, cast
print(gc.get_count()[0] - start)
stream = iter(memoryview(b"ab"))
print(type(stream).__name__, gc.is_tracked(stream), next(stream), next(stream), next(stream, "end"))
items = [memoryview(b"cycle")]
items.append(items)
del items
print(gc.collect())
gc.enable()
