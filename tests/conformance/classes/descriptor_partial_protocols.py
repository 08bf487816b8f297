# descriptors defining only some of __get__/__set__/__delete__: what assignment, deletion and reads do
class SetOnly:
    def __set__(self, obj, value):
        print("set", value)
class DelOnly:
    def __delete__(self, obj):
        print("delete")
class GetOnly:
    def __get__(self, obj, t=None):
        return "got"
class C:
    s = SetOnly()
    d = DelOnly()
    g = GetOnly()
c = C()
c.s = 1
print(type(c.s).__name__, type(C.s).__name__)
try:
    del c.s
except AttributeError as e:
    print("AttributeError:", e)
del c.d
try:
    c.d = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(c.d).__name__)
c.g = "inst"
print(c.g, C.g)
del c.g
print(c.g)
try:
    del c.g
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["s"] = "shadow"
print(type(c.s).__name__)
