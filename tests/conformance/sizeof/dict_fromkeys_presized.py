# dict.fromkeys of an exact set or dict resizes once to estimate_log2_keysize of its size first (16 slots for 1 to 4 keys), a set giving a general table
import sys
for n in range(0,12):
  s=set(range(n)); print(n, sys.getsizeof(dict.fromkeys(s)), sys.getsizeof(dict.fromkeys(list(s))), sys.getsizeof(dict.fromkeys(frozenset(s))), sys.getsizeof(dict.fromkeys({i:0 for i in range(n)})), sys.getsizeof(dict.fromkeys(set(map(str,range(n))))))
print(sys.getsizeof(dict.fromkeys({'a': 1, 'b': 2})), sys.getsizeof(dict.fromkeys({})), sys.getsizeof(dict.fromkeys(frozenset('ab'))))
class D(dict):
    pass
print(sys.getsizeof(D.fromkeys({1, 2, 3})), sys.getsizeof(dict.fromkeys({1: 2}.keys())))
d = dict.fromkeys({1, 2, 3})
d[4] = 1; d[5] = 1; d[6] = 1
print(sys.getsizeof(d), d)
