# set.pop() on a set of user-hashed items takes the first live slot from where the last pop stopped (set_pop's finger), in copies and after resizes too.
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n % 5
    def __eq__(self, o): return self.n == o.n
    def __repr__(self): return f"K{self.n}"
s = {K(i) for i in range(12)}
print([s.pop() for _ in range(4)])
s.add(K(0)); s.add(K(20))
print([s.pop() for _ in range(3)], s)
t = s.copy()
print(t.pop(), s.pop())
u = {K(i) for i in range(6)}
print(u.pop(), u.pop())
for i in range(30, 50):
    u.add(K(i))
print(u.pop(), u.pop(), len(u))
