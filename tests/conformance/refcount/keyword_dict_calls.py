# f(**kw) and calls of an instance with __call__: argument copies and kwnames tuples (_PyStack_UnpackDict), the instance call's tuple (slot_tp_call)
import sys, gc

seen = []
def f(x, y=0):
    seen.append((sys.getrefcount(x), gc.get_count()))

class K:
    def __call__(self, x, y=0):
        seen.append((sys.getrefcount(self), sys.getrefcount(x), gc.get_count()))
    def method(self, x, y=0):
        seen.append((sys.getrefcount(self), sys.getrefcount(x), gc.get_count()))

o = object()
kw = {"y": 1}
k = K()
calls = [
    lambda: f(o, **kw),
    lambda: f(o, y=1),
    lambda: f(*(o,), **kw),
    lambda: f(*(o,)),
    lambda: k(o, y=1),
    lambda: k(o),
    lambda: k(*(o,), **kw),
    lambda: k.method(o, **kw),
]
for call in calls:
    gc.collect()
    call()
for s in seen:
    print(s)
