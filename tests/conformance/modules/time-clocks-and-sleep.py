# time's clocks: what kind of value each gives, that they move forward, and sleep's None
import time
print(type(time.time()).__name__, type(time.time_ns()).__name__)
for clock in (time.time, time.perf_counter, time.monotonic, time.process_time):
    a = clock()
    b = clock()
    print(clock.__name__, type(a).__name__, b - a >= 0)
for clock in (time.time_ns, time.perf_counter_ns, time.monotonic_ns, time.process_time_ns):
    a = clock()
    b = clock()
    print(clock.__name__, type(a).__name__, b - a >= 0)
start = time.monotonic()
print(time.sleep(0.01), time.sleep(0), time.sleep(1 / 1000))
print(time.monotonic() - start >= 0.01)
print(time.time() > 1e9, time.time_ns() > 10**18)
for bad in ('1', None, -1, -0.5, float('nan'), 2**70, 1e300):
    try:
        time.sleep(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: time.time(1), lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1), lambda: time.perf_counter_ns(1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(repr(time.sleep), type(time.sleep).__name__)
