# get_referrers finds the containers holding an object; get_referents lists what a container holds.
import gc

class Node:
    pass

a = Node()
box = [a, a]
table = {"key": a}
holders = gc.get_referrers(a)
print("box refers:", any(r is box for r in holders))
print("table refers:", any(r is table for r in holders))
print("referents of box:", [type(o).__name__ for o in gc.get_referents(box)])
print("referents of table:", sorted(type(o).__name__ for o in gc.get_referents(table)))
print("referents of a tuple:", [o for o in gc.get_referents((1, "two"))])

# A builtin (static) type is not traversed: it has no referents to report.
print(gc.get_referents(int), gc.get_referents(list), gc.get_referents(object), gc.get_referents(3.5))
