# dunders a class sets to None block their protocol: most calls fail calling None, iter/in/reversed refuse with their own messages
class N:
    __len__ = None
    __iter__ = None
    __contains__ = None
    __reversed__ = None
    __call__ = None
    __getitem__ = None
    __eq__ = None
    __add__ = None
    __neg__ = None
    __index__ = None
    __int__ = None
    __float__ = None
    __hash__ = None
    __str__ = None
    __enter__ = None
n = N()
tests = [lambda: len(n), lambda: iter(n), lambda: 1 in n, lambda: reversed(n), lambda: n(), lambda: n[0],
         lambda: n == 1, lambda: n + 1, lambda: 1 + n, lambda: -n, lambda: [1][n], lambda: int(n), lambda: float(n),
         lambda: hash(n), lambda: str(n), lambda: list(n), lambda: bool(n), lambda: abs(n), lambda: n < 1]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
try:
    with n:
        pass
except Exception as e:
    print(type(e).__name__ + ":", e)
class L(list):
    __iter__ = None
    __len__ = None
    __contains__ = None
    __reversed__ = None
    __getitem__ = None
    __repr__ = None
l = L([1, 2])
for i, t in enumerate([lambda: list(l), lambda: len(l), lambda: 1 in l, lambda: reversed(l), lambda: l[0], lambda: repr(l), lambda: bool(l), lambda: [x for x in l]]):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
class Radd:
    __radd__ = None
    __iadd__ = None
    __lt__ = None
r = Radd()
for i, t in enumerate([lambda: 1 + r, lambda: r + 1, lambda: r < 1, lambda: 1 > r, lambda: sorted([r, r])]):
    try:
        print(i, t())
    except TypeError as e:
        print(i, "TypeError:", e)
try:
    r += 1
except TypeError as e:
    print("TypeError:", e)
class Child(N):
    def __len__(self):
        return 4
print(len(Child()), bool(Child()))
