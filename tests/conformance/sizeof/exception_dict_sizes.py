# An exception's __dict__: made empty on first read, an ordinary (not split) dict whose size grows with its attributes
import gc, sys
e = ValueError(1)
d = e.__dict__
print(d, sys.getsizeof(d), gc.is_tracked(d))
e.a = 1
print(sys.getsizeof(d))
e2 = KeyError(2)
e2.x = 5
print(sys.getsizeof(e2.__dict__))
e2.__dict__ = {'q': 1}
print(e2.q, gc.get_referents(e2))
class C(Exception):
    def __init__(self):
        self.a = 1; self.b = 2; self.c = 3; self.d = 4; self.e = 5; self.f = 6
c = C()
print(sys.getsizeof(c.__dict__), sys.getsizeof(c))
del c.a
print(sys.getsizeof(c.__dict__), list(vars(c)))
try:
    raise C()
except C as x:
    print(sorted(x.__dict__), x.__traceback__ is not None)
e3 = ValueError('v'); e3.tag = [1]
s = StopIteration(3); s.z = 1
print(s.value, vars(s))
o = OSError(2, 'nf'); o.w = 1
print(o.errno, vars(o), sys.getsizeof(o))
