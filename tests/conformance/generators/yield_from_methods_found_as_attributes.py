# yield from finds an iterator's send, throw and close as attributes: an instance's own, or a __getattr__'s.
class Own:
    def __iter__(self): return self
    def __next__(self): return "next"
own = Own()
own.send = lambda v: "own send %r" % (v,)
own.throw = lambda *a: "own throw %s" % a[0].__name__
own.close = lambda: print("own close")
class ByGetattr:
    def __iter__(self): return self
    def __next__(self): return "next"
    def __getattr__(self, name):
        return lambda *a: print(name, a) or "via __getattr__"
def outer(it):
    yield from it
for it in (own, ByGetattr()):
    g = outer(it)
    print(next(g))
    print(g.send(3))
    print(g.throw(KeyError))
    g.close()
