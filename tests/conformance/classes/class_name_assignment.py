# Assigning a class's __name__ and __qualname__ (type_set_name/qualname): the class holds the str, not its __dict__; repr follows the qualname; errors.
# (Never print the renamed name str itself: stdout keeps the str objects it was given until it flushes.)
import sys, gc
class C:
    pass
s = "Renamed" + str(1)
print(sys.getrefcount(s))
C.__name__ = s
print(sys.getrefcount(s), C.__name__ is s, C, C.__qualname__, repr(C()).split(" object")[0])
C.__qualname__ = "Outer.Q"
print(C, repr(C.__name__), C.__qualname__, "__name__" in C.__dict__, "__qualname__" in C.__dict__)
for bad in (5, None):
    try:
        C.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    C.__qualname__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    C.__name__ = "a\0b"
except ValueError as e:
    print("ValueError:", e)
for attr in ("__name__", "__qualname__"):
    try:
        delattr(C, attr)
    except TypeError as e:
        print("TypeError:", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print("TypeError:", e)
C.__name__ = "Other"
print(sys.getrefcount(s), C.__name__, type(C()).__name__)
class D(C):
    pass
print(D.__mro__)
try:
    del int.__name__
except TypeError as e:
    print("TypeError:", e)
def make():
    class Local:
        pass
    return Local
K = make()
print(K.__qualname__, K)
name = "Renamed-" + str(3)
qual = name + ".inner"
K.__name__ = name
K.__qualname__ = qual
print(sys.getrefcount(name), sys.getrefcount(qual), K, K.__name__ is name, K.__qualname__ is qual)
K.__qualname__ = "plain"
print(sys.getrefcount(qual), K)
del K
gc.collect()
print(sys.getrefcount(name))
