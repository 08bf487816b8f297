# collections.abc: the subclass hooks on user classes, Iterator, Generator, Sequence and Mapping mixins
from collections.abc import Hashable, Collection, Sized, Iterable, Container, Iterator, Generator, Sequence, Mapping
import typing
class P:
    def __eq__(self, o): return True
class Q:
    def __len__(self): return 0
    def __contains__(self, x): return False
    def __iter__(self): return iter(())
class R:
    __iter__ = None
print(isinstance(P(), Hashable), isinstance(Q(), Collection), isinstance(Q(), Sized), isinstance(R(), Iterable), issubclass(Q, Container))
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
class G(Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
print(list(G()), G().close())
class Seq(Sequence):
    def __getitem__(self, i):
        if i > 2: raise IndexError(i)
        return i * 10
    def __len__(self): return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.index(10, 1), list(reversed(s)))
try:
    s.index(10, 2)
except ValueError as e:
    print("ValueError", repr(e))
class M(Mapping):
    def __getitem__(self, k):
        return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
m = M()
print(m.get("a"), m.get("b"), "a" in m, m == {"a": 1}, m != {"a": 2}, dict(m), m.keys() == {"a"}, list(m.items()), list(m.values()), 1 in m.values(), ("a", 1) in m.items())
print(Mapping.__reversed__, M.__hash__)
m["zz"]
