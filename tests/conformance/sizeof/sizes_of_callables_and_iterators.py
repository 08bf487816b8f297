# sys.getsizeof of functions, classes, generators, methods, cells, ranges, slices, modules
import sys, types
def f(a, b=1):
    return a
class C:
    def m(self):
        pass
print(sys.getsizeof(f), sys.getsizeof(C().m), sys.getsizeof(C), sys.getsizeof(type))
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)), sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(x for x in []), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(f, [])))
print(sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(...))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(property()), sys.getsizeof(staticmethod(f)), sys.getsizeof(classmethod(f)))
print(sys.getsizeof({}.keys()), sys.getsizeof(reversed([])), sys.getsizeof(object()), sys.getsizeof(types.SimpleNamespace(a=1)))
def outer():
    x = 1
    def inner():
        return x
    return inner
print(sys.getsizeof(outer().__closure__[0]), sys.getsizeof(outer().__closure__))
print(sys.getsizeof(sys), sys.getsizeof(frozenset()), sys.getsizeof(set()))
