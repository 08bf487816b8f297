# a set's, frozenset's and deque's repr goes through a list of their items, which each item's __repr__ sees
import sys, collections
class R:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        print("repr", self.tag, sys.getrefcount(self))
        return "R" + self.tag
r = R("a")
print(repr({r}), repr(frozenset([r])), repr(collections.deque([r])), repr(collections.deque([r], maxlen=3)))
print({r})
class S(set):
    pass
print(S([r]), repr(set()), repr(frozenset()), repr(collections.deque()))
holder = set()
class Back:
    def __hash__(self):
        return 1
    def __repr__(self):
        return "Back->" + repr(holder)
holder.add(Back())
print(repr(holder))
dq = collections.deque()
class DBack:
    def __repr__(self):
        return "D->" + repr(dq)
dq.append(DBack())
print(repr(dq))
import gc
print(gc.collect())
