# set(d) of a dict presizes the table once for all its keys (set_update_internal), unlike set(range(n)) or set(list).
import sys
for n in (3, 5, 10, 20, 40):
    d = {i: 0 for i in range(n)}
    s = set(d)
    print(n, sys.getsizeof(s), sys.getsizeof(set(range(n))), sys.getsizeof(set([i for i in range(n)])), list(s)[:3])
s = {1, 2}
s.update({9: 0, 17: 0, 25: 0, 33: 0})
print(s, sys.getsizeof(s), sys.getsizeof(set({}.fromkeys("abcdef"))))
