# memoryview.__exit__ is METH_VARARGS: `with` and a direct call pack their arguments in a new tuple; no keywords, and a bound one's error names the bare method
import gc
import sys

gc.collect()
gc.disable()
data = bytearray(b"ab")
count = gc.get_count


def around_with(raising):
    steps = []
    for i in range(3):
        view = memoryview(data)
        start = count()[0]
        try:
            with view as entered:
                inside = count()[0]
                if raising:
                    raise KeyError(i)
        except KeyError:
            pass
        steps.append((inside - start, count()[0] - start, sys.getrefcount(view), sys.getrefcount(entered)))
        del view, entered
    return steps


print(around_with(False))
print(around_with(True))
for i in range(3):
    view = memoryview(data)
    start = count()[0]
    seven = view.__exit__(1, 2, 3, 4, 5, 6, 7)
    after_seven = count()[0] - start
    view = memoryview(data)
    start = count()[0]
    print(seven, after_seven, view.__exit__(), count()[0] - start)
    del view
view = memoryview(data)
exit_method = view.__exit__
print(sys.getrefcount(view), data.__len__())
for call in [lambda: exit_method(x=1), lambda: view.__exit__(x=1), lambda: view.__enter__(x=1), lambda: view.__enter__(1),
             lambda: b"ab".count(x=1), lambda: {1}.union(x=1), lambda: (f := "ab".find)(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
del exit_method
with view:
    print(len(data))
try:
    with view:
        pass
except ValueError as e:
    print(e)
data.append(99)
print(data)
