# An uncaught error in a @contextmanager with body: cleanup runs, and the traceback is the body's own (__exit__ restores it)
from contextlib import contextmanager


class Noisy:
    def __del__(self):
        print("del Noisy")


@contextmanager
def session(name):
    keep = Noisy()
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)


def process(items):
    with session("batch") as s:
        for item in items:
            print(s, "item", 10 // item)


process([5, 2])
process([1, 0, 3])
