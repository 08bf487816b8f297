# A __slots__ member descriptor has no __doc__, even when a dict __slots__ gives one
class B:
    __slots__ = {"x": "the x coord", "y": None}
class C:
    __slots__ = ("a",)
print(B.x.__doc__, B.y.__doc__, C.a.__doc__)
class D(C):
    __slots__ = ["b"]
print(D.b.__doc__, D.a.__doc__)
