# sizes of tuples, ranges, bytes, bytearrays, instances, classes, functions, generators, methods and cells
import sys
for n in range(0, 6):
    print(sys.getsizeof(tuple(range(n))), end=" ")
print()
print(sys.getsizeof(range(0)), sys.getsizeof(range(10**30)), sys.getsizeof(range(1, 10, 2)), sys.getsizeof(iter(range(5))), sys.getsizeof(iter(range(10**20))))
for n in [0, 1, 5, 10, 100]:
    print(sys.getsizeof(b"x" * n), sys.getsizeof(bytearray(n)), sys.getsizeof(bytearray(b"x" * n)))
ba = bytearray()
out = []
for i in range(40):
    ba.append(i)
    out.append(sys.getsizeof(ba))
print(out)
ba2 = bytearray(b"abc")
ba2 += b"defgh"
print(sys.getsizeof(ba2))
ba2.extend(range(20))
print(sys.getsizeof(ba2))
del ba2[:20]
print(sys.getsizeof(ba2))
ba2.clear()
print(sys.getsizeof(ba2))
class P:
    pass
class S:
    __slots__ = ("a", "b")
class S0:
    __slots__ = ()
class SW:
    __slots__ = ("a", "__weakref__")
class SD:
    __slots__ = ("a", "__dict__")
print(sys.getsizeof(P()), sys.getsizeof(S()), sys.getsizeof(S0()), sys.getsizeof(SW()), sys.getsizeof(SD()), sys.getsizeof(object()))
def f(x):
    return x
def g():
    yield 1
def outer():
    v = 1
    def inner():
        return v
    return inner
print(sys.getsizeof(f), sys.getsizeof(g()), sys.getsizeof(lambda: 0), sys.getsizeof(outer().__closure__[0]), sys.getsizeof(outer().__closure__))
p = P()
print(sys.getsizeof(p.__init__), sys.getsizeof(P.__dict__), sys.getsizeof(vars(p)))
class M:
    def m(self):
        pass
    @staticmethod
    def st():
        pass
    @classmethod
    def cm(cls):
        pass
    @property
    def pr(self):
        return 1
print(sys.getsizeof(M().m), sys.getsizeof(M.st), sys.getsizeof(M.cm), sys.getsizeof(M.__dict__["pr"]), sys.getsizeof(M.__dict__["st"]), sys.getsizeof(M.__dict__["cm"]))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented), sys.getsizeof(slice(1, 2)), sys.getsizeof(len), sys.getsizeof([].append))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(f, [])), sys.getsizeof(filter(None, [])), sys.getsizeof(reversed([])))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter({})), sys.getsizeof(iter(b"")))
print(sys.getsizeof(Exception()), sys.getsizeof(ValueError("x")), sys.getsizeof(KeyError()), sys.getsizeof(StopIteration()), sys.getsizeof(OSError()))
print(sys.getsizeof(super(M, M())), sys.getsizeof(property()), sys.getsizeof(staticmethod(f)), sys.getsizeof(classmethod(f)))
print(sys.getsizeof(type), sys.getsizeof(int), sys.getsizeof(sys))
