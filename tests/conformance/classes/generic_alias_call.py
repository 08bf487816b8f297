# types.GenericAlias reached as type(list[int]): calling it makes an alias, and classmethod(GenericAlias) makes a class generic
import sys
GA = type(list[int])
print(GA(dict, (int, str)), GA(list, int), GA(list, int) == list[int])
class A:
    __class_getitem__ = classmethod(GA)
print(A[int], A[int, str].__args__)
x = A[int]
print(sys.getrefcount(A) - 1 > 0, type(x).__name__)
for args, kw in [((list,), {}), ((list, int, str), {}), ((list, int), {"a": 1})]:
    try:
        GA(*args, **kw)
    except TypeError as e:
        print(e)
