# a set taken with itself: s | s is a plain copy, s -= s and s ^= s clear it back to the small table (set_clear_internal); sizes after dummies from removals
import sys
def trace(s, ops):
    out = []
    for op, v in ops:
        if op == "+":
            s.add(v)
        else:
            s.discard(v)
        out.append(sys.getsizeof(s))
    return out
print(trace(set(), [("+", i) for i in range(5)] + [("-", i) for i in range(5)] + [("+", i) for i in range(5, 12)]))
print(trace(set(range(4)), [("-", 0), ("+", 8), ("-", 1), ("+", 9), ("+", 16), ("+", 17), ("+", 24)]))
words = ["w%d" % i for i in range(30)]
print(trace(set(), [("+", w) for w in words[:4]] + [("-", w) for w in words[:4]] + [("+", w) for w in words[4:12]]))
print(trace(set(), [("+", (i, i)) for i in range(4)] + [("-", (0, 0)), ("+", (9, 9)), ("+", (10, 10))]))
s = set(range(100))
for i in range(99):
    s.discard(i)
print(sys.getsizeof(s))
for i in range(200, 230):
    s.add(i)
print(sys.getsizeof(s), len(s))
f = frozenset(range(10))
print(sys.getsizeof(f - {1}), sys.getsizeof(f & set(range(5))), sys.getsizeof(f | f), sys.getsizeof(f ^ {100}))
t = set("abcdefghij")
t.difference_update("abcde")
t.update("klmno")
print(sys.getsizeof(t), len(t))
u = {1.5, 2.5, -0.0, 0.0, float("inf")}
print(sys.getsizeof(u), len(u))
v = set()
for i in range(20):
    v.add(i)
    v.discard(i - 1)
print(sys.getsizeof(v), v)
w = set(range(10))
print(sys.getsizeof(w | w), sys.getsizeof(w.union(w)), sys.getsizeof(w.union(w, w)), sys.getsizeof(w & w), sys.getsizeof(w - w), sys.getsizeof(w ^ w))
w |= w
print(sys.getsizeof(w))
w.update(w)
print(sys.getsizeof(w))
w.intersection_update(w)
print(sys.getsizeof(w))
w.symmetric_difference_update(w)
print(sys.getsizeof(w), w)
class D:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, D) and self.n == other.n
    def __del__(self):
        print("free", self.n)
x = {D(i) for i in range(6)}
x -= x
print("after -=", sys.getsizeof(x))
y = {D(i) for i in range(10, 13)}
y.difference_update(y)
print("after difference_update", sys.getsizeof(y))
z = {D(i) for i in range(20, 23)}
z ^= z
print("after ^=", sys.getsizeof(z))
