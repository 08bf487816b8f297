# functools.lru_cache keeps arguments and results alive until cache_clear; partial holds its arguments
import functools, sys
class Arg:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __eq__(self, o): return isinstance(o, Arg) and o.n == self.n
    def __del__(self): print("Arg freed", self.n)
@functools.lru_cache(maxsize=2)
def square(a):
    print("computing", a.n)
    return a.n ** 2
print(square(Arg(1)), square(Arg(1)), square(Arg(2)))
print(square.cache_info())
print(square(Arg(3)))
print(square.cache_info())
square.cache_clear()
print("cleared")
x = Arg(9)
before = sys.getrefcount(x)
p = functools.partial(print, x, sep="-")
print(sys.getrefcount(x) - before, p.args[0].n, p.keywords)
p2 = functools.partial(p, "extra")
print(p2.func is print, len(p2.args), sys.getrefcount(x) - before)
del p, p2
print(sys.getrefcount(x) - before)
del x
print("end")
