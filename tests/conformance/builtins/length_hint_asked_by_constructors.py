# PyObject_LengthHint: list(), tuple(), bytes(), sorted() and extend ask __len__ or else __length_hint__ before the first next(), and size their result from it
calls = []
def log(x):
    calls.append(x)
def show(label, v=None):
    print(label, v, calls); calls.clear()
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): log('len'); return self.n
    def __getitem__(self, i):
        log(f'get{i}')
        if i >= self.n: raise IndexError
        return i
    def __length_hint__(self): log('hint'); return 99
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): log('iter'); return self
    def __next__(self):
        log('next')
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self): log('hint'); return 2
show('list(Seq)', list(Seq(2)))
show('list(It)', list(It(2)))
show('tuple(It)', tuple(It(2)))
show('set(Seq)', set(Seq(2)))
show('in Seq', 1 in Seq(3))
show('reversed', list(reversed(Seq(2))))
show('bool', bool(Seq(0)))
show('sorted', sorted(It(2)))
show('sum', sum(Seq(3)))
show('zip', list(zip(Seq(1), It(3))))
show('enumerate', list(enumerate(It(1))))
show('extend', [0].extend(It(2)))
show('join', ','.join(str(x) for x in It(2)))
show('dict.fromkeys', dict.fromkeys(Seq(2)))
show('min', min(It(3)))
show('unpack', [*It(2), *Seq(1)])
a, b = It(2)
show('unpack assign')
show('list comp', [x for x in Seq(2)])
import itertools
show('islice', list(itertools.islice(It(5), 2)))
show('bytes', bytes(It(2)))
show('bytearray', bytearray(Seq(2)))
show('frozenset', len(frozenset(It(3))))
show('deque', __import__('collections').deque(It(2)))
show('array', __import__('array').array('i', It(2)))
show('len()', len(Seq(4)))

import sys
log = []
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): log.append('len'); return self.n
    def __getitem__(self, i):
        log.append(f'get{i}')
        if i >= self.n: raise IndexError
        return i
class Hint:
    def __init__(self, h, n=2): self.h = h; self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        log.append('hint')
        if isinstance(self.h, Exception): raise self.h
        return self.h
for h in [0, 1, 2, 5, 50, NotImplemented, TypeError('t'), 'x', -1, ValueError('v')]:
    for make in (list, tuple, bytes, sorted):
        try:
            r = make(Hint(h))
            print(make.__name__, repr(h), r, sys.getsizeof(r), log)
        except Exception as e:
            print(make.__name__, repr(h), type(e).__name__, e, log)
        log.clear()
print(bytes(Seq(3)), log); log.clear()
print(tuple(Seq(2)), log); log.clear()
print(list(reversed(Seq(3))), log); log.clear()
print(tuple(reversed(Seq(3))), log); log.clear()
r = reversed(Seq(2)); next(r)
print(list(r), log); log.clear()
def gen():
    yield 1
    print('  after first')
    yield 'x'
    print('  never')
try:
    bytes(gen())
except TypeError as e:
    print('TypeError', e)
x = [0]
x.extend(Hint(3, 5))
print(x, sys.getsizeof(x), log)
