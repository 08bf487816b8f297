# A class call with keywords: __init__ sees each argument copied once more and a kwnames tuple allocated (_PyStack_UnpackDict)
import gc, sys

class C:
    def __init__(self, a=None, b=None):
        global inner
        inner = (gc.get_count(), sys.getrefcount(self), sys.getrefcount(a), sys.getrefcount(b))

x = object()
y = object()
results = []
for label, call in [("positional", lambda: C(x, y)), ("keywords", lambda: C(a=x, b=y)), ("mixed", lambda: C(x, b=y)), ("none", lambda: C())]:
    gc.collect()
    obj = call()
    results.append((label, inner[0], inner[1], inner[2] if label != "none" else "-", inner[3] if label != "none" else "-", gc.get_count()))
    del obj
for r in results:
    print(*r)
