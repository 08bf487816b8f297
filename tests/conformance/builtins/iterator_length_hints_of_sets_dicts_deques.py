# The other builtin iterators' __length_hint__: sets', dicts' and deques' (0 once the size changed, a deque's counter), reversed()'s after the sequence shrank, iter() of a __getitem__ class (its __len__, or NotImplemented), and what list() and starred unpacking reserve from them.
import sys, operator, itertools
from collections import deque, OrderedDict
class S:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i < self.n: return i
        raise IndexError
class L(S):
    def __len__(self): return self.n + 2
s = S(3)
it = iter(s)
print(sys.getrefcount(s), it.__length_hint__(), operator.length_hint(it, 7))
print(list(it), sys.getrefcount(s), it.__length_hint__())
l = L(3); it = iter(l)
print(it.__length_hint__(), next(it), it.__length_hint__(), sys.getsizeof(list(it)), it.__length_hint__())
class St:
    def __getitem__(self, i):
        if i < 2: return i
        raise StopIteration
print(list(iter(St())))
x = [1, 2, 3, 4]
r = reversed(x); next(r); print(r.__length_hint__()); x.pop(); x.pop(); x.pop(); print(r.__length_hint__(), list(r), r.__length_hint__())
r = reversed("hello"); next(r); print(r.__length_hint__(), operator.length_hint(r))
b = bytearray(b"abcdef"); r = reversed(b); next(r); del b[2:]; print(r.__length_hint__(), list(r))
d = {1: 2, 3: 4}; it = iter(d); next(it); print(it.__length_hint__()); d[5] = 6; print(it.__length_hint__())
d = {1: 2, 3: 4}; it = reversed(d.items()); next(it); print(it.__length_hint__())
s2 = {1, 2, 3}; it = iter(s2); next(it); print(it.__length_hint__()); s2.add(9); print(it.__length_hint__())
q = deque([1, 2, 3]); it = iter(q); next(it); q.append(4); print(it.__length_hint__())
try: next(it)
except RuntimeError as e: print(e, it.__length_hint__())
print(operator.length_hint(itertools.repeat(1)), operator.length_hint(itertools.repeat(1), 5), operator.length_hint(itertools.repeat(1, 4)))
try: iter(q).__length_hint__(1)
except TypeError as e: print(e)
try: iter({}).__length_hint__(1)
except TypeError as e: print(e)
try: iter(S(1)).__length_hint__(1)
except TypeError as e: print(e)
a, *b = deque(range(5)); print(sys.getsizeof(b))
a, *b = iter(deque(range(5))); print(sys.getsizeof(b))
print(sys.getsizeof(tuple(iter(deque(range(5))))), sys.getsizeof(list(reversed(deque(range(5))))))
print(sys.getsizeof(list(iter(L(3)))), sys.getsizeof(list(iter(S(3)))), sys.getsizeof(list(reversed(L(3)))))

import array
for o in (reversed([]), iter(S(0)), iter(set()), iter({}.values()), reversed({}.items()), iter(deque()), reversed(deque()), iter(OrderedDict()), iter(array.array('i')), iter(memoryview(b'ab')), iter(lambda: 1, 2), map(abs, []), (x for x in [])):
    print(type(o).__name__, hasattr(o, "__length_hint__"))
