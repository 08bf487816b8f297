"""CPython reference timings for bench/sim.bench.ts.

Usage: python3 bench/cpython_reference.py plain|settrace PROGRAM.py
Prints the milliseconds CPython spends compiling and running PROGRAM.py, measured inside the interpreter so
that its startup (and pyenv's shim) is not counted, just as node's startup is not counted for pymem.

- plain: the program as `python3 PROGRAM.py` runs it.
- settrace: under a Python Tutor-style recorder that snapshots the frames at each line with sys.settrace.
"""
import contextlib
import io
import sys
import time


def snapshot(frame, path):
    frames = []
    while frame is not None and frame.f_code.co_filename == path:
        frames.append((frame.f_code.co_name, frame.f_lineno, {k: repr(v) for k, v in frame.f_locals.items() if not k.startswith("__")}))
        frame = frame.f_back
    return frames


def main():
    mode, path = sys.argv[1], sys.argv[2]
    with open(path) as f:
        source = f.read()
    steps = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        if event == "line":
            steps.append(snapshot(frame, path))
        return tracer

    namespace = {"__name__": "__main__"}
    # The program's own output is discarded, as pymem's is in the bench.
    with contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        code = compile(source, path, "exec")
        if mode == "settrace":
            sys.settrace(tracer)
        try:
            exec(code, namespace)
        finally:
            sys.settrace(None)
        elapsed = time.perf_counter() - start
    print(f"{elapsed * 1000:.3f}")


main()
