# gc.get_count() around comparisons of instances that define an ordering method but reach object's __eq__/__ne__ (plain and total_ordering classes)
import gc, functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
class W:
    def __init__(self, v): self.v = v
    def __gt__(self, other): return self.v > other.v
a, b = V(2), V(2)
c, d = W(1), W(2)
gc.collect()
gc.disable()
out = []
for name, compare in [("V <=", lambda: a <= b), ("V >=", lambda: a >= b), ("V >", lambda: a > b), ("V ==", lambda: a == b),
                      ("V !=", lambda: a != b), ("W ==", lambda: c == d), ("W !=", lambda: c != d), ("W >", lambda: c > d), ("W <", lambda: c < d)]:
    before = gc.get_count()[0]
    result = compare()
    out.append((name, result, gc.get_count()[0] - before))
print(out)
