# dir(obj) and vars(obj) pack their argument in a tuple (METH_VARARGS); dir copies the __dict__, merges class dicts through mappingproxies and sorts a list copy: gc.get_count() sees each
import gc, sys
class K:
    pass
class S:
    __slots__ = ("a",)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
k = K()
k.x = 1
k2 = K()
k2.y = 2
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("dir k", lambda: dir(k))
measure("dir k again", lambda: dir(k))
measure("vars k2", lambda: vars(k2))
measure("dir k2", lambda: dir(k2))
measure("dir S()", lambda: dir(S()))
measure("dir K", lambda: dir(K))
measure("dir D", lambda: dir(D))
measure("dir D()", lambda: dir(D()))
measure("dir 5", lambda: dir(5))
measure("dir []", lambda: dir([]))
measure("dir sys", lambda: dir(sys))
measure("dir gc", lambda: dir(gc))
measure("dir None", lambda: dir(None))
measure("dir f", lambda: dir(measure))
def twice():
    dir(k)
    return dir(K)
measure("twice", twice)
gc.collect()
print(gc.get_count())
x = dir(k)
print(gc.get_count())
y = dir(K)
print(gc.get_count())
del x, y
print(gc.get_count())
print(len(dir(k)), len(dir(D())), len(dir(K)))
