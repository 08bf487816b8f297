# sys._getframe() gives the running frame's frame object (depth 1 its caller's); its f_locals dict holds the locals once more
import sys
class A: pass
def f():
    a = A()
    fr = sys._getframe()
    print(sys.getrefcount(a))
    loc = fr.f_locals
    print(sys.getrefcount(a))
    print(fr.f_code.co_name, sys._getframe(1).f_code.co_name, fr.f_back is sys._getframe(1))
    return fr
fr = f()
print(type(fr).__name__, list(fr.f_locals))
print(sys._getframe().f_code.co_name, sys._getframe() is sys._getframe())
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
def g():
    return sys._getframe(1).f_locals is globals()
print(g())
