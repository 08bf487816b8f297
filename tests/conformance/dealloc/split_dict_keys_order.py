# A materialized instance __dict__ is a split dict: iterating it follows this dict's own insertion order,
# but its values are released in the class's keys order. Once it becomes an ordinary dict, insertion order.


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class A:
    pass


first = A()
first.x = 1
first.y = 2
first.z = 3

c = A()
c.y = Loud("cy")
c.z = Loud("cz")
c.x = Loud("cx")
d = c.__dict__
print("iterates", list(d))
del c
del d

print("-- deleted and set again moves to the end of iteration only")
e = A()
e.x = Loud("ex")
e.y = Loud("ey")
ed = e.__dict__
del ed["x"]
ed["x"] = Loud("ex2")
print("iterates", list(ed))
del e, ed

print("-- a copy shares the keys")
p = A()
p.y = Loud("py")
p.x = Loud("px")
pc = p.__dict__.copy()
del p
print("copy iterates", list(pc))
del pc

print("-- the dict teaches the class a new name")
q = A()
q.y = Loud("qy")
qd = q.__dict__
qd["k"] = Loud("qk")
qd["x"] = Loud("qx")
print("iterates", list(qd))
del q, qd
r = A()
r.k = Loud("rk")
r.x = Loud("rx")
del r

print("-- an ordinary dict after popitem: insertion order")
s = A()
s.z = Loud("sz")
s.x = Loud("sx")
s.y = Loud("sy")
s.w = 0
sd = s.__dict__
sd.popitem()
del s, sd

print("-- an ordinary dict after a non-str key: insertion order")
t = A()
t.z = Loud("tz")
t.x = Loud("tx")
td = vars(t)
td[1] = Loud("t1")
del t, td
print("end")
