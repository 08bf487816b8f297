# what a group holds: its items, the exceptions tuple, args; refcounts, gc tracking and sys.getsizeof
import sys, gc
v = ValueError(1)
t = TypeError(2)
print(sys.getrefcount(v))
eg = ExceptionGroup("msg", [v, t])
print(sys.getrefcount(v), sys.getrefcount(eg), sys.getrefcount(eg.exceptions))
print(gc.is_tracked(eg), gc.is_tracked(eg.exceptions))
print(sys.getsizeof(eg), sys.getsizeof(eg.exceptions), sys.getsizeof(BaseExceptionGroup("b", [KeyboardInterrupt()])))
class Sub(ExceptionGroup):
    pass
class SubBase(BaseExceptionGroup):
    pass
print(sys.getsizeof(Sub("s", [v])), sys.getsizeof(SubBase("s", [v])))
m, r = eg.split(ValueError)
print(sys.getrefcount(v), sys.getrefcount(t))
s = eg.subgroup(lambda e: True)
print(s is eg, sys.getrefcount(eg))
del m, r, s
print(sys.getrefcount(v), sys.getrefcount(t))
del eg
print(sys.getrefcount(v), sys.getrefcount(t))
