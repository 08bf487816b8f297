# list() and list.extend reserve a builtin's length before its first item (list_preallocate_exact, list_resize): a range of 10**12 items is MemoryError at once, past Py_ssize_t OverflowError, and a __length_hint__ written in Python is asked first.
for make in (lambda: list(range(10**20)), lambda: [].extend(range(10**20)), lambda: sorted(range(10**12)), lambda: list(range(10**12)), lambda: [1].extend(range(10**12)), lambda: list("abc"), lambda: [*range(3)]):
    try:
        print(len(make() or []))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
x = [1, 2]
try:
    x += range(10**12)
except MemoryError:
    print("MemoryError", x)
class Hinted:
    def __iter__(self):
        print("iter")
        return iter([1, 2])
    def __length_hint__(self):
        print("hint")
        return 10**12
try:
    list(Hinted())
except MemoryError:
    print("hint MemoryError")
big = list(range(10**12))
