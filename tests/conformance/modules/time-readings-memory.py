# time's readings are new objects: a float's and a nanosecond int's size and counts, none tracked by the collector
import gc
import sys
import time
gc.collect()
before = gc.get_count()
t = time.perf_counter()
n = time.perf_counter_ns()
w = time.time_ns()
print(gc.get_count() == before, gc.is_tracked(t), gc.is_tracked(n))
print(sys.getsizeof(t), sys.getsizeof(n), sys.getsizeof(w), sys.getrefcount(t), sys.getrefcount(n))
readings = [time.monotonic() for _ in range(5)]
print(readings == sorted(readings), len(set(map(type, readings))))
elapsed = time.process_time() - time.process_time()
print(elapsed <= 0)
