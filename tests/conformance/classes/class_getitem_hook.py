# __class_getitem__: C[x] on a class calls it (implicitly a classmethod, bound for the call); other classes are not subscriptable
import gc, sys

quiet = False
class Box:
    def __class_getitem__(cls, item):
        if not quiet:
            print("class_getitem", cls.__name__, item, sys.getrefcount(cls) - base)
        return f"{cls.__name__}[{item}]"

class SubBox(Box):
    pass

base = sys.getrefcount(Box)
print(Box[int.__name__], SubBox[3], Box[1, 2])
print(type(Box.__dict__["__class_getitem__"]).__name__)
quiet = True
gc.collect()
r = Box["x"]
print(gc.get_count())

class Plain:
    pass
try:
    Plain[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
