# __index__ used by slicing, range, bin/hex, list repetition, and its errors
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): print("index", self.n); return self.n
lst = list(range(10))
print(lst[Idx(2)], lst[Idx(1):Idx(4)], range(Idx(3))[-1], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(2), [0] * Idx(3), (1,) * Idx(2))
print(operator_index := __import__("operator").index(Idx(7)))
class BadIdx:
    def __index__(self): return 1.5
try:
    lst[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
class NoIdx:
    pass
for f in (lambda: lst[NoIdx()], lambda: range(NoIdx()), lambda: bin(NoIdx()), lambda: 'a' * NoIdx(), lambda: lst[NoIdx():], lambda: (1, 2)[NoIdx()], lambda: "ab"[NoIdx()], lambda: lst[1:2:NoIdx()]):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(int(Idx(9)), float.__name__)
class IntSub(int):
    pass
print(round(2.5), round(Idx(3)) if False else "skip")
