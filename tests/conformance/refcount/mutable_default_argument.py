# default arguments are stored on the function: the classic mutable default trap
import sys
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
shared = append_to.__defaults__[0]
print("defaults hold", sys.getrefcount(shared))
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print("after two calls", sys.getrefcount(shared))
def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
x = safe(1)
y = safe(2)
print(x, y, x is y)
print(sys.getrefcount(x))
del a, b
print("names gone", sys.getrefcount(shared))
append_to.__defaults__ = ([],)
print("defaults replaced", sys.getrefcount(shared))
print(append_to(9), shared)
