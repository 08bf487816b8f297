# What a namedtuple's calls allocate once warmed up (generation 0's count) and hold while they run: P(...), _make, _replace, _asdict, repr, unpacking into f(*p)
import gc
import sys
from collections import namedtuple

P = namedtuple("P", "x y z")
gc.collect()


def count(label, f):
    # The second call: the first one leaves the free lists as later calls find them.
    keep.append(f())
    before = gc.get_count()[0]
    result = f()
    after = gc.get_count()[0]
    print(label, after - before, type(result).__name__)
    return result


a = 1.5
keep = []
keep.append(count("new", lambda: P(a, a, a)))
keep.append(count("keywords", lambda: P(z=a, y=a, x=a)))
keep.append(count("make list", lambda: P._make([a, a, a])))
keep.append(count("make tuple", lambda: P._make((a, a, a))))
keep.append(count("make generator", lambda: P._make(v for v in (a, a, a))))
keep.append(count("replace", lambda: keep[0]._replace(y=2.5)))
keep.append(count("asdict", lambda: keep[0]._asdict()))
keep.append(count("repr", lambda: repr(keep[0])))
keep.append(count("getnewargs", lambda: keep[0].__getnewargs__()))
keep.append(count("fields", lambda: keep[0].x))


def f(*args):
    return sys.getrefcount(args), type(args).__name__


print(f(*keep[0]), sys.getrefcount(a))


def watch():
    yield a
    print("inside generator", sys.getrefcount(a))
    yield a
    yield a


made = P._make(watch())
print(made, sys.getrefcount(a))
del keep, made
print(sys.getrefcount(a))
