# __slots__ may be any iterable of names (a dict with docs, a list, a generator, one str) and is checked as type_new does: names that are not identifiers or strs, a second __dict__/__weakref__, a slot that conflicts with a class variable
import sys

class FromDict:
    __slots__ = {"a": "the a", "b": "the b"}

class FromGenerator:
    __slots__ = (name for name in ["g1", "g2", "g3"])

class OneName:
    __slots__ = "only"

d = FromDict()
d.a = [1]
try:
    d.c = 1
except AttributeError as e:
    print(e)
print(sys.getsizeof(d), sys.getsizeof(FromGenerator()), sys.getsizeof(OneName()))
print(type(FromDict.__slots__).__name__, type(FromGenerator.__slots__).__name__, OneName.__slots__)
print(sorted(k for k in FromGenerator.__dict__ if not k.startswith("__")))
print(sys.getrefcount(d.a))

def attempt(make):
    try:
        make()
        print("made")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def conflict():
    class A:
        __slots__ = ("x", "y")
        x = 5

def mangled_conflict():
    class A:
        __slots__ = ("__x",)
        _A__x = 1

def not_iterable():
    class A:
        __slots__ = 5

def not_str():
    class A:
        __slots__ = ("a", 1)

def not_identifier():
    class A:
        __slots__ = ("1x",)

def empty_name():
    class A:
        __slots__ = ""

def dict_twice():
    class A:
        __slots__ = ("__dict__", "__dict__")

def weakref_twice():
    class A:
        __slots__ = ("__weakref__", "__weakref__")

def dict_from_base():
    class B:
        pass
    class A(B):
        __slots__ = ("__dict__",)

def repeated_name():
    class A:
        __slots__ = ("a", "a")

for make in (conflict, mangled_conflict, not_iterable, not_str, not_identifier, empty_name, dict_twice,
             weakref_twice, dict_from_base, repeated_name):
    print(make.__name__, end=": ")
    attempt(make)
