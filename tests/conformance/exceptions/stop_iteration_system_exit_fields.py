# StopIteration keeps value and SystemExit code as fields of their own (set by their init): sizes, refcounts, referents, next() of a returning generator; the exit status reads code
import sys, gc
class V:
    pass
v = V()
e = StopIteration(v)
print(sys.getrefcount(v), e.value is v, sys.getsizeof(e), [type(r).__name__ for r in gc.get_referents(e)])
s = SystemExit(v)
print(sys.getrefcount(v), s.code is v, sys.getsizeof(s))
s2 = SystemExit(1, 2)
print(s2.code, s2.code is s2.args, SystemExit().code, StopIteration().value)
e.value = 5
print(e.value, len(e.args))
def g():
    yield 1
    return v
it = g()
next(it)
try:
    next(it)
except StopIteration as ex:
    print(ex.value is v, sys.getrefcount(v))
    saved = ex
print(sys.getrefcount(v))
del saved
print(sys.getrefcount(v))
class MyStop(StopIteration):
    def __init__(self, x):
        pass
print(MyStop(3).value, MyStop(3).args)
try:
    StopIteration(1, a=2)
except TypeError as ex:
    print(ex)
s3 = SystemExit(7)
s3.__init__()
print(s3.code, s3.args)
x = SystemExit(3)
x.code = 4
del v
raise x
