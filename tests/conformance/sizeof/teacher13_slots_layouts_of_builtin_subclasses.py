# Exotic __slots__ layouts: __dict__ in slots, slotted subclasses of int, tuple, list, bytes and Exception, their sizes and offsets
import sys, gc, weakref

class S:
    __slots__ = ('a', '__dict__')
s = S()
print(sys.getsizeof(s), S.__basicsize__, S.__dictoffset__)
s.b = 1
print(sys.getsizeof(s.__dict__), vars(s))
class T(S):
    __slots__ = ('c',)
t = T()
print(sys.getsizeof(t), T.__basicsize__, T.__dictoffset__, T.__weakrefoffset__)
class U(T):
    pass
print(U.__basicsize__, U.__dictoffset__, U.__weakrefoffset__, sys.getsizeof(U()))
class E(Exception):
    __slots__ = ('z',)
print(sys.getsizeof(E()), E.__basicsize__, E.__dictoffset__)
class I(int):
    __slots__ = ('q',)
print(sys.getsizeof(I(5)), I.__basicsize__, I.__itemsize__, I.__dictoffset__)
class Tup(tuple):
    __slots__ = ()
print(sys.getsizeof(Tup((1, 2))), Tup.__basicsize__)
class Tup2(tuple):
    pass
print(sys.getsizeof(Tup2((1, 2))), Tup2.__basicsize__, Tup2.__dictoffset__)
class L(list):
    __slots__ = ('w',)
print(sys.getsizeof(L()), L.__basicsize__)
try:
    class Bad(int):
        __slots__ = ('__dict__', '__dict__')
except TypeError as e:
    print(e)
try:
    class Bad2:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
class Bs(bytes):
    pass
print(sys.getsizeof(Bs(b'ab')), Bs.__dictoffset__)
print(sys.getsizeof(object.__new__(S)))
class M:
    __slots__ = ['__weakref__']
m = M(); r = weakref.ref(m); print(sys.getsizeof(m), weakref.getweakrefcount(m))
