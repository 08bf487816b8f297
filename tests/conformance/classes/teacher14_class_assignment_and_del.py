# __class__ assignment changes behaviour and __del__ of a live object; the old class loses a reference
import sys, gc
class Caterpillar:
    def describe(self):
        return 'crawls'
    def __del__(self):
        print('  caterpillar __del__')
class Butterfly:
    def describe(self):
        return 'flies'
    def __del__(self):
        print('  butterfly __del__')
c = Caterpillar()
c.age = 3
before_c = sys.getrefcount(Caterpillar); before_b = sys.getrefcount(Butterfly)
c.__class__ = Butterfly
print(c.describe(), c.age, type(c).__name__)
print('class counts moved', sys.getrefcount(Caterpillar) - before_c, sys.getrefcount(Butterfly) - before_b)
del c
print('deleted')
class Slotted:
    __slots__ = ('a',)
class OtherSlotted:
    __slots__ = ('a',)
class Different:
    __slots__ = ('b',)
s = Slotted(); s.a = 1
s.__class__ = OtherSlotted
print(type(s).__name__, s.a)
try:
    s.__class__ = Different
except TypeError as e:
    print('TypeError', e)
try:
    s.__class__ = int
except TypeError as e:
    print('TypeError', e)
x = Caterpillar()
x.__class__ = Caterpillar
del x
print('end')
