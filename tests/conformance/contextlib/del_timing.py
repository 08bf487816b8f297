# When __del__ runs for objects a @contextmanager generator makes, yields and keeps in its frame, with and without exceptions
from contextlib import contextmanager


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


@contextmanager
def managed(label):
    local = Noisy(label + "-local")
    given = Noisy(label + "-given")
    print("  setup", label)
    yield given
    print("  teardown", label)


print("plain with, no as:")
with managed("a"):
    print("  body a")
print("after a")

print("with as:")
with managed("b") as b:
    print("  body b")
print("after b, still bound:", b.name)
del b
print("b deleted")

print("exception suppressed by the caller:")
try:
    with managed("c") as c:
        raise ValueError("c failed")
except ValueError as e:
    print("  handling", e)
print("after c handler")
del c


@contextmanager
def catching(label):
    local = Noisy(label + "-local")
    try:
        yield Noisy(label + "-given")
    except ValueError as e:
        print("  generator swallowed", e)
    print("  generator ends", label)


print("exception swallowed by the generator:")
with catching("d"):
    raise ValueError("d failed")
print("after d")

print("manager kept, entered later:")
m = managed("e")
print("  made")
with m as e_value:
    pass
print("  exited")
del e_value
print("  value gone")
del m
print("manager gone")

print("manager never entered:")
m = managed("f")
del m
print("after f")


def function_scope():
    with managed("g") as g:
        print("  body g")
    print("  leaving function")


function_scope()
print("after function")
