# reference counts inside except* clauses: the original, the matched part, its items and the rest
import sys
v = ValueError(1)
t = TypeError(2)
g = ExceptionGroup("g", [v, t])
print(sys.getrefcount(g), sys.getrefcount(v))
try:
    raise g
except* ValueError as e:
    print("clause1", sys.getrefcount(g), sys.getrefcount(e), sys.getrefcount(v), sys.getrefcount(t))
    print(sys.exc_info()[1] is e)
except* TypeError as e2:
    print("clause2", sys.getrefcount(g), sys.getrefcount(e2), sys.getrefcount(v), sys.getrefcount(t))
print("after", sys.getrefcount(g), sys.getrefcount(v), sys.getrefcount(t))
n = KeyError("n")
try:
    raise n
except* KeyError as w:
    print("naked", sys.getrefcount(n), sys.getrefcount(w))
print("after naked", sys.getrefcount(n))
import gc
print(gc.collect())
print(sys.getrefcount(g), sys.getrefcount(v), sys.getrefcount(n))
