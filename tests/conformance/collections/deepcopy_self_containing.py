# deepcopy of a deque or OrderedDict that contains itself, and an OrderedDict carrying attributes in its __dict__
import copy, sys
from collections import deque, OrderedDict, defaultdict
d = deque([1])
d.append(d)
e = copy.deepcopy(d)
print(e[1] is e, e[1] is d, len(e))
od = OrderedDict(a=1)
od["self"] = od
od.note = ["attr"]
c = copy.copy(od)
print(c["self"] is od, c.note is od.note, sys.getrefcount(od.note))
dc = copy.deepcopy(od)
print(dc["self"] is dc, dc.note == od.note, dc.note is od.note, list(dc))
dd = defaultdict(list)
dd["me"] = dd
ddc = copy.deepcopy(dd)
print(ddc["me"] is ddc, ddc.default_factory)
class Box:
    def __init__(self, v): self.v = v
    def __deepcopy__(self, memo):
        print("Box.__deepcopy__", sorted(type(k).__name__ for k in memo.values()) [:0])
        return Box(copy.deepcopy(self.v, memo))
q = deque([Box([1]), Box([2])], maxlen=2)
q2 = copy.deepcopy(q)
print([b.v for b in q2], q2.maxlen)
