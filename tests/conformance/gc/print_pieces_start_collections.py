# automatic collections started by print()'s pieces: sep, end, several arguments, an empty sep, stderr
import gc, sys
gc.collect()
gc.set_threshold(3, 100, 100)
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase) if phase == "start" else None)
def run(label, f):
    gc.collect()
    start = len(runs)
    before = gc.get_count()[0]
    f()
    print(label, len(runs) - start, gc.get_count()[0] - before if len(runs) == start else "collected", file=sys.stderr)
run("plain", lambda: print("a"))
run("three", lambda: print("a", "b", "c"))
run("empty sep", lambda: print("a", "b", "c", "d", sep=""))
run("end", lambda: print("a", end=""))
run("no args", lambda: print())
run("stderr", lambda: print("x", "y", file=sys.stderr))
run("flush", lambda: print("z", flush=True))
run("objects", lambda: print(1, 2.5, None, [1]))
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
