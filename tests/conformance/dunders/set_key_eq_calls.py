# Sets compare items of equal hash with the stored item's __eq__ in table order; set operations walk one operand in slot order and probe the other.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print(f"  eq {self.n} {other.n}")
        return self.n == other.n
    def __repr__(self):
        return f"K{self.n}"

ks = [K(i) for i in range(3)]
print("set(list)")
s = set(ks)
print(s)
print("discard K1, add K4")
s.discard(K(1))
s.add(K(4))
print(s, K(4) in s)
s.remove(K(4))
s.add(ks[1])
t = {ks[0], K(5)}
print("copies compare nothing")
s2 = set(s)
s3 = s.copy()
f = frozenset(s)
print("s | t")
print(s | t)
print("s & t")
print(s & t)
print("t & s")
print(t & s)
print("s - t")
print(s - t)
print("t - s")
print(t - s)
print("s ^ t")
print(s ^ t)
print("s <= t, t <= s, s == t")
print(s <= t, t <= s, s == t, s == s3)
print("isdisjoint")
print(s.isdisjoint(t), s.isdisjoint({K(8)}))
print("in place")
u = set(s)
u &= t
print(u)
u |= {K(6)}
u ^= {K(6), K(7)}
print(u)
u -= {K(7)}
print(u)
d = {k: 0 for k in ks}
print("set(d)")
print(set(d))
print("d.keys() & t")
print(d.keys() & t)
print("frozenset key")
print({f: 1}[frozenset(s)])
