# str, bytes, tuple and list __mul__/__rmul__ called as methods take any __index__ object (wrap_indexargfunc), name it when it is past Py_ssize_t, and refuse what is no index
class Idx:
    def __index__(self):
        return 3
print('a'.__mul__(Idx()), 'a'.__rmul__(Idx()), [1].__mul__(Idx()), (1,).__rmul__(Idx()), b'x'.__mul__(Idx()) if hasattr(bytes, '__mul__') else None)
print('a'.__mul__(2), [1].__mul__(True))
class Idx:
    def __index__(self):
        return 2**70
class Small:
    def __index__(self):
        return 2
for call in [lambda: 'a'.__mul__(Idx()), lambda: (1,).__mul__(Idx()), lambda: b'x'.__rmul__(Idx()), lambda: [1].__mul__(Idx()), lambda: b'ab'.__mul__(Small()), lambda: b'ab'.__mul__(-1), lambda: bytes.__mul__(b'q', 3), lambda: b'x'.__mul__('a'), lambda: (1,).__mul__(1.0)]:
    try:
        print(call())
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(bytes) if n.endswith("mul__")))
