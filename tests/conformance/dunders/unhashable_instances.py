# __eq__ without __hash__ makes instances unhashable: exact TypeErrors in sets, dicts, hash()
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, other): return isinstance(other, P) and self.x == other.x
print(P.__hash__)
p = P(1)
for action in ("set", "dict", "hash", "frozenset", "in_set"):
    try:
        if action == "set": {p}
        elif action == "dict": {p: 1}
        elif action == "hash": hash(p)
        elif action == "frozenset": frozenset([p])
        else: p in {1, 2}
    except TypeError as e:
        print(action, "TypeError:", e)
print(p in [P(1)], [P(1)].index(p), [P(1), P(2)].count(P(1)))
class H(P):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}))
class Inherit(P):
    pass
try:
    hash(Inherit(1))
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NoneHash:
    __hash__ = None
try:
    {NoneHash()}
except TypeError as e:
    print("TypeError:", e)
d = {}
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2}.get({})
except TypeError as e:
    print("TypeError:", e)
print({1: 2}.get(p) if False else "skip")
s = set()
s.add(p)
