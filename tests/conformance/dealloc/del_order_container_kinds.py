# __del__ order when containers die: list, tuple, dict, nested, instance attributes, deque, slice assignment, clear, pop, rebinding
import collections
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
print("list"); l = [D(1), D(2), D(3)]; del l
print("tuple"); t = (D(1), D(2), D(3)); del t
print("dict"); d = {D(1): D(2), "k": D(3)}; del d
print("nested"); n = [D(1), [D(2), (D(3),)], D(4)]; del n
print("attrs")
class H:
    pass
h = H(); h.b = D(2); h.a = D(1); h.c = D(3); del h
print("deque"); q = collections.deque([D(1), D(2), D(3)]); del q
print("slice assign"); l = [D(1), D(2), D(3)]; l[0:2] = []; print("-"); del l
print("clear"); l = [D(1), D(2)]; l.clear(); print("cleared")
print("dict clear"); d = {1: D(1), 2: D(2)}; d.clear(); print("dcleared")
print("pop"); l = [D(1)]; l.pop(); print("popped")
print("reassign"); x = D(1); x = D(2); print("re"); del x
print("list mult"); l = [D(1)] * 3; del l
print("sort"); l = [D(3), D(1)]; l.sort(key=lambda d: d.n); del l
