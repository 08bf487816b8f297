# a super object holds the object, __thisclass__ and __self_class__ (three references), released in that order
import gc
import sys

class Base:
    def hello(self):
        return "base"

class Child(Base):
    def look(self):
        before = sys.getrefcount(Child)
        s = super()
        held = sys.getrefcount(Child) - before
        return held, sys.getrefcount(self), s.hello()

c = Child()
print(c.look())
print(sys.getrefcount(c))
before = sys.getrefcount(Child)
s = super(Child, c)
print("explicit", sys.getrefcount(Child) - before, sys.getrefcount(c))
print([type(x).__name__ for x in gc.get_referents(s)])
s2 = super(Base, Child)
print("class mode", sys.getrefcount(Child) - before, s2.__self_class__ is Child, s2.__thisclass__ is Base)
del s, s2
print("released", sys.getrefcount(Child) - before)
for bad in [(int, "x"), (Base, 3)]:
    try:
        super(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    super(3, c)
except TypeError as e:
    print("TypeError:", e)
