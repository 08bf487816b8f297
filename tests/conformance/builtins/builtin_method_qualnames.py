# __name__, __qualname__, __objclass__ and __self__ of slot wrappers, method-wrappers, method descriptors and builtin methods
class A:
    pass
a = A()
cases = [
    ("object.__repr__.__name__", lambda: object.__repr__.__name__),
    ("object.__repr__.__qualname__", lambda: object.__repr__.__qualname__),
    ("list.append.__name__", lambda: list.append.__name__),
    ("list.append.__qualname__", lambda: list.append.__qualname__),
    ("list.append.__objclass__", lambda: list.append.__objclass__),
    ("object.__repr__.__objclass__", lambda: object.__repr__.__objclass__),
    ("a.__repr__.__self__ is a", lambda: a.__repr__.__self__ is a),
    ("a.__repr__.__name__", lambda: a.__repr__.__name__),
    ("a.__repr__.__qualname__", lambda: a.__repr__.__qualname__),
    ("[].append.__self__", lambda: [].append.__self__),
    ("[].append.__qualname__", lambda: [].append.__qualname__),
    ("object.__repr__(a) == repr(a)", lambda: object.__repr__(a) == repr(a)),
    ("a.__repr__() == repr(a)", lambda: a.__repr__() == repr(a)),
    ("list.append.__get__([])", lambda: type(list.append.__get__([])).__name__),
    ("object.__repr__.__get__(a)()", lambda: object.__repr__.__get__(a)() == repr(a)),
    ("callable", lambda: (callable(object.__repr__), callable(a.__repr__), callable(list.append))),
    ("hash eq", lambda: (a.__repr__ == a.__repr__, hash(a.__repr__) == hash(a.__repr__), a.__repr__ != A().__repr__)),
    ("list.append([], 1)", lambda: list.append([], 1)),
    ("list.append(())", lambda: list.append((), 1)),
    ("str.__len__('abc')", lambda: str.__len__("abc")),
    ("isinstance", lambda: isinstance(list.append, type(dict.keys))),
]
for name, fn in cases:
    try:
        print(name, fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)
import sys, gc, math, functools, itertools
for f in ([].append, "".join, sys.getsizeof, gc.collect, math.sqrt, functools.reduce, (1).__add__, object().__hash__, {}.fromkeys, dict.fromkeys, int.__new__, object.__new__, sorted, iter([]).__next__, str.maketrans):
    try:
        print(f.__qualname__)
    except Exception as e:
        print(type(e).__name__, e)
print(str.maketrans("ab", "cd"), "abc".maketrans("a", "b"), bytes.maketrans(b"a", b"b")[97], bytearray.maketrans(b"x", b"y")[120])
print(type(str.maketrans).__name__, str.maketrans.__self__, str.__dict__["maketrans"].__func__.__qualname__)
print(repr(str.maketrans).split(" at ")[0], repr(bytes.fromhex).split(" at ")[0])
