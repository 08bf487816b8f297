# a __del__ that prints at each stage: del, rebinding, scope exit, loop variables, except, with, temporaries
import sys, gc
class T:
    def __init__(self, name):
        self.name = name
        print("make", name)
    def __del__(self):
        print("free", self.name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *a):
        print("exit", self.name)
        return False
    def __lt__(self, other):
        print("lt", self.name, other.name)
        return True
print("-- del")
a = T("a")
del a
print("-- rebind")
b = T("b1")
b = T("b2")
print("-- scope")
def f():
    local = T("local")
    print("leaving f")
f()
print("after f")
print("-- loop")
for i in range(3):
    item = T(f"loop{i}")
print("loop done")
del item
print("-- except")
try:
    raise ValueError(T("in exc"))
except ValueError as e:
    print("handling", e.args[0].name)
print("after except")
print("-- with")
with T("ctx") as c:
    print("inside")
print("after with")
del c
print("-- temporaries")
print(T("tmp").name)
print("-- chained")
x = T("x") < T("y") < T("z")
print("chained result", x)
print("-- closure")
def keeper():
    obj = T("closed")
    def inner():
        return obj.name
    return inner
k = keeper()
print("have closure")
del k
print("-- bound method")
m = T("bound").__enter__
print("have method")
del m
print("-- list")
l = [T("l0"), T("l1")]
l = None
print("-- dict")
d = {"k1": T("d1"), "k2": T("d2")}
d.clear()
print("-- tuple unpack")
p, q = T("p"), T("q")
p, q = q, p
del p
print("deleted p")
del q
print("end")
b = None
