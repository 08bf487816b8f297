# `a, b = x, y` builds no tuple (BUILD_TUPLE + UNPACK_SEQUENCE become a SWAP), and in a function the stores are reordered: the last name is rebound, and its old value freed, first
import gc
import sys

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a, b = D("a1"), D("b1")
a, b = D("a2"), D("b2")
print("-- module, three names")
x, y, z = D("x1"), D("y1"), D("z1")
x, y, z = D("x2"), D("y2"), D("z2")

def rebind():
    p, q = D("p1"), D("q1")
    p, q = D("p2"), D("q2")
    print("-- three in a function")
    r, s, t = D("r1"), D("s1"), D("t1")
    r, s, t = D("r2"), D("s2"), D("t2")
    print("-- swap idiom")
    r, s = s, r
    print(r.name, s.name, sys.getrefcount(r), sys.getrefcount(s))
    print("-- one name, a list target, attributes")
    (u,) = (D("u1"),)
    (u,) = (D("u2"),)
    [v, w] = D("v1"), D("w1")
    [v, w] = D("v2"), D("w2")
    holder = D("holder")
    holder.left, holder.right = D("left1"), D("right1")
    holder.left, holder.right = D("left2"), D("right2")
    print("-- leaving")

rebind()

class B:
    pass

def pairs():
    m, n = B(), B()

def constants():
    m, n = 1, 2

for f in (pairs, constants, pairs):
    gc.collect()
    before = gc.get_count()[0]
    f()
    print(f.__name__, gc.get_count()[0] - before)
print("end")
