"""A Python Tutor-style recorder: runs a program under sys.settrace and snapshots the frames at each line.

Usage: python3 bench/settrace_recorder.py PROGRAM.py
Prints the number of recorded steps. This is the reference `pymem trace --summary` is compared against.
"""
import sys


def snapshot(frame, path):
    frames = []
    while frame is not None and frame.f_code.co_filename == path:
        frames.append((frame.f_code.co_name, frame.f_lineno, {k: repr(v) for k, v in frame.f_locals.items() if not k.startswith("__")}))
        frame = frame.f_back
    return frames


def main():
    path = sys.argv[1]
    with open(path) as f:
        source = f.read()
    code = compile(source, path, "exec")
    steps = []

    def tracer(frame, event, arg):
        if frame.f_code.co_filename != path:
            return None
        if event == "line":
            steps.append(snapshot(frame, path))
        return tracer

    namespace = {"__name__": "__main__"}
    sys.settrace(tracer)
    try:
        exec(code, namespace)
    finally:
        sys.settrace(None)
    print(len(steps), file=sys.stderr)


main()
