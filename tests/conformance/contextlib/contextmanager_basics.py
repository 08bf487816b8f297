# @contextmanager: the yielded value is bound by `as`, setup runs on entry and cleanup on exit, arguments reach the generator
from contextlib import contextmanager


@contextmanager
def tag(name, *, indent=0):
    """Print an opening and a closing tag around the block."""
    pad = " " * indent
    print(f"{pad}<{name}>")
    yield name.upper()
    print(f"{pad}</{name}>")


with tag("html") as outer:
    print("outer is", outer)
    with tag("body", indent=2) as inner:
        print("  inner is", inner)
print("after:", outer, inner)

cm = tag("p")
print(type(cm).__name__, type(cm).__module__)
print(cm.__doc__)
print(tag.__name__, tag.__doc__)
print(tag.__wrapped__.__name__)
with cm as value:
    print("value", value)
print(sorted(vars(cm)))


@contextmanager
def no_value():
    print("enter")
    yield
    print("exit")


with no_value() as nothing:
    print("got", nothing)

with no_value():
    print("without as")


@contextmanager
def counter():
    state = {"n": 0}
    try:
        yield state
    finally:
        print("final count", state["n"])


with counter() as c:
    for i in range(5):
        c["n"] += i


def use_twice():
    manager = no_value()
    with manager:
        pass
    try:
        with manager:
            pass
    except (AttributeError, RuntimeError) as e:
        print(type(e).__name__, e)


use_twice()
