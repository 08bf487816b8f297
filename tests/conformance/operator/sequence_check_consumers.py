# PySequence_Check decides operator.concat's fallback, ExceptionGroup's argument and reversed()'s protocol: any class with __getitem__ (also a mapping-like one, or a class whose metaclass has it), never a dict
import operator
import collections
import array


class MappingLike:
    def __getitem__(self, key):
        raise IndexError(key)

    def keys(self):
        return []

    def __add__(self, other):
        return "MappingLike.__add__"

    def __iadd__(self, other):
        return "MappingLike.__iadd__"


class RightAdd:
    def __getitem__(self, i):
        raise IndexError(i)

    def __radd__(self, other):
        return "RightAdd.__radd__"


class NoAdd:
    def __getitem__(self, i):
        raise IndexError(i)


class Meta(type):
    def __getitem__(cls, i):
        if i >= 1:
            raise IndexError(i)
        return ValueError("from the metaclass")


class Indexed(metaclass=Meta):
    pass


class DictWithAdd(dict):
    def __add__(self, other):
        return "DictWithAdd.__add__"


class IntSequence(int):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


def attempt(label, make):
    try:
        print(label, "->", make())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("concat mapping-like", lambda: operator.concat(MappingLike(), MappingLike()))
attempt("iconcat mapping-like", lambda: operator.iconcat(MappingLike(), MappingLike()))
attempt("concat right add", lambda: operator.concat(NoAdd(), RightAdd()))
attempt("concat no add", lambda: operator.concat(NoAdd(), NoAdd()))
attempt("concat class objects", lambda: operator.concat(Indexed, Indexed))
attempt("concat dict subclass", lambda: operator.concat(DictWithAdd(), DictWithAdd()))
attempt("concat array list", lambda: operator.concat(array.array("b", [1]), [2]))
attempt("concat array array", lambda: operator.concat(array.array("b", [1]), array.array("b", [2])))
attempt("concat ranges", lambda: operator.concat(range(2), range(3)))
attempt("concat keys", lambda: operator.concat({}.keys(), [1]))
attempt("concat deque", lambda: operator.concat(collections.deque([1]), collections.deque([2])))
attempt("group of mapping-like", lambda: ExceptionGroup("m", MappingLike()))
attempt("group of class object", lambda: ExceptionGroup("m", Indexed))
attempt("group of ordered dict", lambda: ExceptionGroup("m", collections.OrderedDict()))
attempt("group of set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("group of deque", lambda: ExceptionGroup("m", collections.deque([KeyError("k")])))
attempt("group of str", lambda: ExceptionGroup("m", "ab"))
attempt("reversed int sequence", lambda: list(reversed(IntSequence(7))))
attempt("reversed class object", lambda: reversed(Indexed).__class__.__name__)
attempt("reversed dict subclass", lambda: list(reversed(DictWithAdd(a=1, b=2))))
attempt("reversed mapping-like", lambda: list(reversed(MappingLike())))
attempt("group of empty memoryview", lambda: ExceptionGroup("m", memoryview(b"")))
attempt("concat memoryviews", lambda: operator.concat(memoryview(b"a"), memoryview(b"b")))
