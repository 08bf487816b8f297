# sys.getsizeof is METH_VARARGS: its call packs the arguments in a tuple (gc.get_count() after a collection, the object's refcount inside __sizeof__, which is bound first); its parser's errors
import sys, gc
class C:
    def __sizeof__(self):
        print("refs", sys.getrefcount(self))
        return 10
c = C()
print(sys.getsizeof(c))
print(sys.getsizeof(c, 5))
print(sys.getsizeof(c, default=5))
gc.collect()
a = gc.get_count()
sys.getsizeof(1)
b = gc.get_count()
sys.getsizeof(1)
c2 = gc.get_count()
sys.getsizeof(1, default=0)
d = gc.get_count()
print(a, b, c2, d)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
print(sys.getsizeof(object=c))
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
for bad in [lambda: sys.getsizeof(c, x=1), lambda: sys.getsizeof(c, 1, default=2), lambda: sys.getsizeof(default=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
