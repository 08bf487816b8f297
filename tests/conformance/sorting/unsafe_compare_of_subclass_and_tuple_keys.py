# list.sort's pre-sort check: str/int/float subclass keys and the first items of tuple keys go through unsafe_object_compare.
log = []
class S(str):
    def __lt__(s, o): log.append('lt'); return NotImplemented
    def __gt__(s, o): log.append('gt'); return True
sorted([S(), S()]); print(log); log.clear()
class I(int):
    def __lt__(s, o): log.append('lt'); return NotImplemented
    def __gt__(s, o): log.append('gt'); return True
sorted([I(1), I(2), I(0)]); print(log); log.clear()
class F(float):
    def __eq__(s, o): log.append('eq'); return False
    __hash__ = float.__hash__
print(sorted([F(2), F(1)]), log); log.clear()
class T:
    def __init__(s, n): s.n = n
    def __lt__(s, o): log.append(('lt', s.n, o.n)); return NotImplemented
    def __gt__(s, o): log.append(('gt', s.n, o.n)); return s.n > o.n
    def __eq__(s, o): log.append(('eq', s.n, o.n)); return s.n == o.n
print([x[0].n for x in sorted([(T(2),), (T(1),), (T(3),)])], log); log.clear()
print(sorted([(1, T(2)), (1, T(1))], key=lambda t: t)[0][1].n, log); log.clear()
print(sorted([((1,), 2), ((0,), 3)]), sorted([(1, 'a'), (1.0, 'b'), (0, 'c')]), sorted([(), (1,)]) if False else "")
print(sorted([(T(1), 1), (T(1), 0)], key=lambda t: t)[0][1], log); log.clear()
print(sorted(["b", "a"], key=lambda s: (s,)), sorted([(2, 1), (1, 2), (1, 1)], reverse=True))
