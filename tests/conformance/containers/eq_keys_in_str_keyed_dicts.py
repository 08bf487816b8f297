# keys whose class defines __eq__ are compared with a str-keyed dict's keys of an equal hash
class CIStr(str):
    def __eq__(self, o):
        print("CIStr.__eq__", str.__str__(self), o)
        return self.lower() == o.lower()
    def __hash__(self):
        return hash(self.lower())
d = {"a": 1, "b": 2}
print(CIStr("A") in d, d.get(CIStr("B")), d.pop(CIStr("A"), None), d)
class Alias:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        print("Alias.__eq__", other)
        return other == self.name
e = {"x": 10, "y": 20}
print(Alias("x") in e, e.get(Alias("y")), e[Alias("x")], Alias("z") in e)
e[Alias("x")] = 11
print(e)
class Plain:
    def __hash__(self):
        return hash("x")
print(Plain() in e)
class Obj:
    pass
o = Obj()
o.x = 1
print(Alias("x") in vars(o), vars(o).get(Alias("x")))
s = {"a", "b"}
print(CIStr("A") in s, Alias("a") in s)
o = Obj()
o.x = 1
d = vars(o)
print(Alias("x") in d)
p = Obj()
p.__dict__["x"] = 1
print(Alias("x") in p.__dict__)
q = Obj()
q.y = 2
print(Alias("x") in vars(q), Alias("y") in vars(q))
