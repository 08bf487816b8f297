# gc.get_referrers(x) lists every tracked object whose gc.get_referents includes x (both call tp_traverse): a
# function refers to its globals dict and its code object, and a dict whose keys are all str visits no key.
import gc

def f():
    pass

print("function refers to globals:", f in gc.get_referrers(globals()))
print("function refers to its code:", f in gc.get_referrers(f.__code__))
print("function referents:", [type(o).__name__ for o in gc.get_referents(f)][:4])

def key_holders():
    key = "".join(["ke", "y"])
    only_str_keys = {key: []}
    mixed_keys = {key: [], 2: 3}
    holders = gc.get_referrers(key)
    return any(h is only_str_keys for h in holders), any(h is mixed_keys for h in holders)

print("str-keyed dict, mixed dict:", key_holders())

def gen():
    yield 1

g = gen()
referents = gc.get_referents(g)
print("generator names are the code's:", referents[1] is g.gi_code.co_name, referents[2] is referents[1])
print("generator refers to its code:", g in gc.get_referrers(g.gi_code))

class Node:
    def __init__(self):
        self.next = self

n = Node()
box = [n, {"k": n}, (n, 1)]

def agrees(o):
    return all(any(h is o for h in gc.get_referrers(r)) for r in gc.get_referents(o) if r is not None)

print("every referent names its referrer:", [agrees(o) for o in [f, g, n, n.__dict__, box, box[1], box[2]]])
