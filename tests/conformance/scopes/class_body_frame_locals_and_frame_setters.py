# A class body's f_locals (and locals()) writes its __class__ cell into the namespace; f_lineno and f_trace assignment as frameobject.c answers without tracing
import sys
class A:
    def m(self): return __class__
    fr = sys._getframe()
    inside = sorted(locals())
print(sorted(A.fr.f_locals))
print(A.fr.f_locals['__class__'] is A, A.inside)
class B:
    x = 1
    print(sorted(vars()))
fr = sys._getframe()
for v in [3, "x", True]:
    try: fr.f_lineno = v
    except Exception as e: print(type(e).__name__, e)
try: del fr.f_lineno
except Exception as e: print(type(e).__name__, e)
del fr.f_trace
print(fr.f_trace)
fr.f_trace = None
print(fr.f_trace)
