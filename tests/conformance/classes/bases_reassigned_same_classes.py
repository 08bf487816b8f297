# Assigning a class's __bases__ a new tuple of the same classes: the tuple is kept, __mro__ is a new tuple, allocations as type_set_bases
import gc, sys
class A: pass
class B(A): pass
gc.collect()
gc.disable()
for i in range(4):
    t = (A,)
    before = gc.get_count()
    B.__bases__ = t
    after = gc.get_count()
    print('allocated', after[0] - before[0], 'kept', B.__bases__ is t, sys.getrefcount(t))
m = B.__mro__
B.__bases__ = (A,)
print('old mro kept by us', m is B.__mro__, m == B.__mro__, sys.getrefcount(m))
for bad in [[A], (), (1,), (B,)]:
    try:
        B.__bases__ = bad
    except TypeError as e:
        print('TypeError', e)
class M(type): pass
class C(A, metaclass=M): pass
before = gc.get_count()
C.__bases__ = C.__bases__ + ()
after = gc.get_count()
print(C.__mro__, after[0] - before[0])
print(isinstance(B(), A), B.__base__)
del B, C, t, m
gc.enable()
print('collected', gc.collect())
