# dict tables for keys that are not exact strs: a str subclass's instance makes the table general (PyUnicode_CheckExact), in an empty dict, a str-keyed one or an instance's split __dict__
import sys
d = {"a": 1, "b": 2}
print(sys.getsizeof(d))
d[1] = 3
print(sys.getsizeof(d))
e = {1: 1}
e["x"] = 2
print(sys.getsizeof(e))
f = {"a": 1}
del f["a"]
f[2] = 2
print(sys.getsizeof(f))
g = {str(i): i for i in range(10)}
print(sys.getsizeof(g))
g[(1,)] = 0
print(sys.getsizeof(g))
h = dict.fromkeys(["x", "y", 3])
print(sys.getsizeof(h))
class S(str):
    pass
i = {"a": 1}
i[S("b")] = 2
print(sys.getsizeof(i))
j = {}
j[S("a")] = 1
j["b"] = 2
print(sys.getsizeof(j))
k = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
k[None] = 6
print(sys.getsizeof(k))
l = {i: i for i in range(5)}
l.update({"s": 1})
print(sys.getsizeof(l))
m = {"a": 1}
n = m.copy()
n[1.5] = 2
print(sys.getsizeof(m), sys.getsizeof(n))
o = {"k%d" % i: i for i in range(21)}
o[0] = 0
print(sys.getsizeof(o))
p = {"k%d" % i: i for i in range(20)}
p[0] = 0
print(sys.getsizeof(p))
class Obj:
    pass
q = Obj()
q.x = 1
q.__dict__[S("y")] = 2
print(sys.getsizeof(q.__dict__), list(q.__dict__))
r = {S("a"): 1, "b": 2}
print(sys.getsizeof(r))
s = dict.fromkeys([S("a"), "b"])
print(sys.getsizeof(s))
t = {"a": 1}
u = {**t, S("z"): 0}
print(sys.getsizeof(u))
