# a dict copy keeps the original's deleted entries (clone_combined_dict_keys), so its next insert can resize
import sys
import copy
base = {i: i for i in range(10)}
del base[3]
for label, make in [("copy()", dict.copy), ("dict()", dict), ("{**d}", lambda d: {**d}), ("copy.copy", copy.copy), ("| {}", lambda d: d | {})]:
    c = make(base)
    before = sys.getsizeof(c)
    c["new"] = 1
    print(label, before, sys.getsizeof(c))
s = {str(i): i for i in range(5)}
s.pop("0")
s.pop("1")
t = s.copy()
print(sys.getsizeof(s), sys.getsizeof(t))
for k in "abcdef":
    t[k] = 0
    print(sys.getsizeof(t), end=" ")
print()
u = {i: i for i in range(21)}
for i in range(7):
    del u[i]
v = u.copy()
print(sys.getsizeof(u), sys.getsizeof(v))
v[100] = 1
print(sys.getsizeof(v))
w = {i: i for i in range(21)}
for i in range(8):
    del w[i]
x = w.copy()
print(sys.getsizeof(w), sys.getsizeof(x))
x[100] = 1
print(sys.getsizeof(x))
