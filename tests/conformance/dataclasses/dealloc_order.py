# When dataclass instances die: field values released in field order, __del__ before them, replace() and lists of instances
from dataclasses import dataclass, field, replace

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

@dataclass
class Pair:
    first: object
    second: object
    extra: list = field(default_factory=list)
    def __del__(self):
        print("del pair", self.first.name)

p = Pair(Tracked("a"), Tracked("b"))
p.extra.append(Tracked("c"))
print("dropping p")
del p
print("after p")

q = Pair(Tracked("x"), Tracked("y"))
r = replace(q, first=Tracked("z"))
print("replaced")
q = None
print("q gone")
del r
print("r gone")

items = [Pair(Tracked(f"i{n}"), Tracked(f"j{n}")) for n in range(2)]
items.clear()
print("cleared")

@dataclass
class Later:
    value: object
    note: object = None
l = Later(Tracked("v"))
l.note = Tracked("n")
l.value = Tracked("v2")
print("rebinding done")
del l
print("end")
