# writing to the OS goes through a memoryview (two short-lived GC objects): explicit flushes, line-buffered stderr and big outputs can start collections
import gc, sys
gc.collect()
gc.set_threshold(2, 100, 100)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase) if phase == "start" else None)
def measure(label, f):
    gc.collect()
    start = len(runs)
    f()
    sys.stderr.write("%s %d\n" % (label, len(runs) - start))
measure("flush empty", lambda: sys.stdout.flush())
measure("print flush", lambda: print("a", flush=True))
measure("flush after print", lambda: (print("b"), sys.stdout.flush()))
measure("stderr line", lambda: sys.stderr.write("line\n"))
measure("stderr no newline", lambda: sys.stderr.write("part"))
measure("stderr flush", lambda: sys.stderr.flush())
measure("big write", lambda: sys.stdout.write("x" * 9000))
measure("many prints", lambda: [print("y" * 100) for _ in range(100)])
measure("final flush", lambda: sys.stdout.flush())
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
