# f(*args, **kw) of a class, a builtin type, an exception or a builtin __new__ passes CALL_FUNCTION_EX's own tuple and dict (no new ones)
import gc, sys

seen = []
class C:
    def __init__(self, *a, **k):
        seen.append(sys.getrefcount(t))
class N:
    def __new__(cls, *a, **k):
        seen.append(sys.getrefcount(t))
        return object.__new__(cls)
class E(Exception):
    pass

t = (1, 2)
kw = {"a": 1}
def delta(label, f):
    gc.collect()
    before = gc.get_count()[0]
    r = f()
    after = gc.get_count()[0]
    print(label, after - before)
    return r

delta("C(*t)", lambda: C(*t))
delta("C(*t, **kw)", lambda: C(*t, **kw))
delta("C(1, 2)", lambda: C(1, 2))
delta("N(*t)", lambda: N(*t))
print(seen)
delta("int.__new__(int, *('5',))", lambda: int.__new__(int, *("5",)))
args = (int, "5")
delta("int.__new__(*args)", lambda: int.__new__(*args))
delta("int.__new__(int, '5')", lambda: int.__new__(int, "5"))
a2 = (E, "x")
e = delta("E.__new__(*a2)", lambda: E.__new__(*a2))
print(e.args)
delta("E.__new__(E, 'x')", lambda: E.__new__(E, "x"))
delta("object.__new__(*(C,))", lambda: object.__new__(*(C,)))
delta("tuple.__new__(*(tuple, [1]))", lambda: tuple.__new__(*(tuple, [1])))
e = delta("E(*t)", lambda: E(*t))
print(e.args is t, sys.getrefcount(t))
e = delta("ValueError(*t)", lambda: ValueError(*t))
print(e.args is t, sys.getrefcount(t))
e = delta("ImportError(*('m',), **{'name': 'n'})", lambda: ImportError(*("m",), **{"name": "n"}))
print(e.args, e.msg, e.name)
del e
print(sys.getrefcount(t))
delta("int(*('5',))", lambda: int(*("5",)))
delta("tuple.__new__(tuple, [1], **{})", lambda: tuple.__new__(tuple, [1], **{}))
delta("E.__new__(*a2, **{})", lambda: E.__new__(*a2, **{}))
delta("E.__new__(*a2, **kw)", lambda: E.__new__(*a2, **kw))
print(sys.getrefcount(t), sys.getrefcount(kw))
