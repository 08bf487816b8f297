# copy.copy and copy.deepcopy take over the caller's reference to a temporary argument: it dies as their frame is cleared, x first
import copy
import gc
import sys

gc.collect()


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, gc.get_count())


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce_ex__(self, protocol):
        print("reduce sees", sys.getrefcount(self))
        return (Reduced, (self.n,), None, None, None)

    def __del__(self):
        print("del Reduced", self.n, gc.get_count())


kept = copy.copy(Noisy("a"))
print("copy made", gc.get_count())
del kept
kept = copy.copy(Reduced(1))
print("copy made", gc.get_count())
del kept
kept = copy.deepcopy(Noisy("b"))
print("deep copy made", gc.get_count())
del kept
kept = copy.deepcopy(Noisy("c"), None)
print("deep copy with memo None", gc.get_count())
del kept
memo = {}
kept = copy.deepcopy(Reduced(2), memo)
print("deep copy with a memo", len(memo), gc.get_count())
del kept, memo
kept = copy.copy(x=Noisy("d"))
print("copy by keyword", gc.get_count())
del kept
kept = copy.copy([Noisy("e")])
print("list copy", gc.get_count())
del kept
try:
    copy.copy(Noisy("f"), x=1)
except TypeError as e:
    print(e, gc.get_count())
try:
    copy.deepcopy(Noisy("g"), {}, [], 4)
except TypeError as e:
    print(e, gc.get_count())
original = Reduced(3)
print("held", sys.getrefcount(original))
kept = copy.copy(original)
del original
del kept
print("end", gc.get_count())
