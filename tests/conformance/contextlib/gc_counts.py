# gc.get_count() and gc.collect() around @contextmanager with blocks: what a with allocates and frees, and cycles through a manager
import gc
from contextlib import contextmanager


@contextmanager
def simple():
    yield 42


@contextmanager
def with_args(a, b=2, **extra):
    yield (a, b, extra)


# Counts are kept and printed at the end: printing itself allocates (the text stream's pending writes).
seen = []
gc.collect()
seen.append(("start", gc.get_count()))
cm = simple()
seen.append(("manager made", gc.get_count()))
with cm as v:
    seen.append(("inside", gc.get_count()))
seen.append(("after", gc.get_count()))
del cm
seen.append(("manager freed", gc.get_count()))

gc.collect()
for i in range(3):
    with simple():
        pass
    seen.append(("loop", gc.get_count()))

gc.collect()
with with_args(1, extra=True) as got:
    seen.append(("args inside", gc.get_count()))
seen.append(("args after", gc.get_count()))

gc.collect()
try:
    with simple():
        raise ValueError("x")
except ValueError:
    seen.append(("handling", gc.get_count()))
seen.append(("handled", gc.get_count()))


class Node:
    def __init__(self):
        self.manager = None


@contextmanager
def cyclic(node):
    yield node


for label, count in seen:
    print(label, count)
print(got)

gc.collect()
n = Node()
n.manager = cyclic(n)
with n.manager as same:
    print("cycle inside", same is n)
del n, same
print("collected", gc.collect())


@contextmanager
def holds_itself():
    box = []
    box.append(box)
    yield box


gc.collect()
with holds_itself() as box:
    pass
del box
print("self-referencing box collected", gc.collect())

gc.collect()
m = simple()
print("unentered manager tracked", gc.is_tracked(m), gc.is_tracked(m.gen))
del m
print("unentered collected", gc.collect(), gc.get_count())
