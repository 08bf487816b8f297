# Subclasses of builtins: a __dict__ after a variable-size base's items (offset -8) or managed before the object
import sys


def show(t):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


class MyInt(int):
    pass


class SlimInt(int):
    __slots__ = ()


class MyTuple(tuple):
    pass


class SlimTuple(tuple):
    __slots__ = ()


class MyBytes(bytes):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    pass


class MyList(list):
    pass


class TaggedList(list):
    __slots__ = ("tag",)


class MyDict(dict):
    pass


class MySet(set):
    pass


class MyFrozenSet(frozenset):
    __slots__ = ("a",)


class Deeper(MyList):
    pass


class MyDeque(__import__("collections").deque):
    pass


for t in [MyInt, SlimInt, MyTuple, SlimTuple, MyBytes, MyStr, MyFloat, MyList, TaggedList, MyDict, MySet,
          MyFrozenSet, Deeper, MyDeque]:
    show(t)
print(sys.getsizeof(MyTuple((1, 2))) - 16 == MyTuple.__basicsize__ + 2 * MyTuple.__itemsize__)
print(sys.getsizeof(MyList()) - 16 - 16 == MyList.__basicsize__)
print(sys.getsizeof(TaggedList()) - 16 == TaggedList.__basicsize__)
