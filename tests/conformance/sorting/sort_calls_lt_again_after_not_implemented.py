# list.sort's unsafe_object_compare: keys of one class call its __lt__ directly, and on NotImplemented the whole protocol (__lt__ again, then __gt__)
calls = []
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        calls.append(f'{type(self).__name__}.eq')
        return NotImplemented
    def __lt__(self, o):
        calls.append(f'{type(self).__name__}.lt')
        return NotImplemented
    def __gt__(self, o):
        calls.append(f'{type(self).__name__}.gt')
        return NotImplemented
    def __hash__(self): return 1
class B(A): pass
class C:
    def __eq__(self, o):
        calls.append('C.eq'); return True
def show(label, value=None):
    print(label, value, calls); calls.clear()
show('a==a', A(1) == A(1))
show('a==b', A(1) == B(1))
show('b==a', B(1) == A(1))
show('a==c', A(1) == C())
show('a!=c', A(1) != C())
a = A(1)
show('a==a same', a == a)
show('a in [a]', a in [a])
show('A(1) in [a]', A(1) in [a])
try:
    A(1) < B(2)
except TypeError as e:
    show('a<b', str(e))
show('list eq', [A(1), 2] == [A(1), 2])
show('tuple eq', (a, A(2)) == (a, A(3)))
show('set in', A(1) in {a})
show('dict key', {a: 1}.get(A(1)))
try:
    sorted([A(2), A(1)])
except TypeError as e:
    show('sorted', str(e))
show('max default', max([], default=A(0)).v)
print([1, 2] < [1, 3], (1, a) == (1, a), calls)

class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        calls.append(f'eq{self.v}{o.v}')
        return NotImplemented
    def __lt__(self, o):
        calls.append(f'lt{self.v}{o.v}')
        return NotImplemented if self.v == 9 else self.v < o.v
    def __gt__(self, o):
        calls.append(f'gt{self.v}{o.v}')
        return NotImplemented if self.v == 9 else self.v > o.v
    __hash__ = None
    def __repr__(self): return f'A{self.v}'
def show(label, f):
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    print(label, r, calls); calls.clear()
show('plain', lambda: sorted([A(2), A(1), A(3)]))
show('tuples first', lambda: sorted([(A(2),), (A(1),)]))
show('tuples second', lambda: sorted([(1, A(2)), (1, A(1))]))
show('mixed first types', lambda: sorted([(A(2), 1), (1.0, 2)]))
show('notimpl', lambda: sorted([A(9), A(1)]))
show('notimpl2', lambda: sorted([A(1), A(9)]))
show('key', lambda: sorted([1, 2, 3], key=lambda i: A(4 - i)))
show('min', lambda: min([A(2), A(1)]))
show('list.sort reverse', lambda: sorted([A(1), A(2), A(3)], reverse=True))
import heapq, bisect
show('nsmallest', lambda: heapq.nsmallest(2, [A(3), A(1), A(2)]))
show('bisect', lambda: bisect.bisect([A(1), A(3)], A(2)))
