# A __slots__ member descriptor called directly: __get__, __set__ and __delete__ with CPython's checks and errors
import sys

class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

class Child(P):
    pass

p = P([1])
member = P.x
print(member.__get__(p), member.__get__(None, P) is member, member.__get__(p, P))
value = [2]
member.__set__(p, value)
print(p.x is value, sys.getrefcount(value))
member.__delete__(p)
print(sys.getrefcount(value))
for call in (lambda: member.__get__(p), lambda: member.__delete__(p), lambda: P.y.__get__(p)):
    try:
        call()
    except AttributeError as e:
        print('AttributeError', e)
c = Child(5)
print(member.__get__(c), type(member).__name__)
member.__set__(c, 6)
print(c.x)
for call in (lambda: member.__get__(3), lambda: member.__set__('s', 1), lambda: member.__delete__(4.0), lambda: member.__get__(None, None)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
for call in (lambda: member.__set__(p), lambda: member.__get__()):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
