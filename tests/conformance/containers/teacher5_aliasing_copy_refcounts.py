# aliasing and mutation: [[0]*3]*3, list of lists, copy vs deepcopy refcounts
import sys, copy
grid = [[0]*3]*3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1], sys.getrefcount(grid[0]))
good = [[0]*3 for _ in range(3)]
good[0][0] = 1
print(good, sys.getrefcount(good[0]))
row = [1, 2, 3]
m = [row, row]
print(sys.getrefcount(row))
s = copy.copy(m)
print(sys.getrefcount(row), s[0] is row)
d = copy.deepcopy(m)
print(sys.getrefcount(row), d[0] is row, d[0] is d[1], sys.getrefcount(d[0]))
t = (row, [4])
tc = copy.copy(t)
print(tc is t)
td = copy.deepcopy(t)
print(td is t, td[0] is row)
tt = (1, 2, (3, 4))
print(copy.deepcopy(tt) is tt)
a = [1, 2]
b = a
b += [3]
print(a, a is b)
c = a
c = c + [4]
print(a, c, a is c)
s1 = "ab"
s2 = s1
s2 += "c"
print(s1, s2)
nested = {"x": [1, [2, 3]]}
sh = nested.copy()
sh["x"][1].append(4)
print(nested)
dp = copy.deepcopy(nested)
dp["x"][1].append(5)
print(nested, dp)
print(sys.getrefcount(nested["x"]), sys.getrefcount(dp["x"]))
