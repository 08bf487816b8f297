# slice assignment growing and shrinking a list, extended slices and del, with sizes
import sys
l = list(range(10))
print(sys.getsizeof(l))
l[2:5] = ["a"]
print(l, sys.getsizeof(l))
l[1:1] = [10, 20, 30, 40, 50]
print(l, sys.getsizeof(l))
l[:] = []
print(l, sys.getsizeof(l))
l = list(range(10))
l[::2] = "abcde"
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    l[::3] = 5
except TypeError as e:
    print(e)
l[5:2] = ["x"]
print(l)
l[-1:] = []
print(l)
del l[::3]
print(l, sys.getsizeof(l))
del l[::-2]
print(l)
del l[10:20]
print(l)
l[len(l):] = range(3)
print(l, sys.getsizeof(l))
m = [1, 2, 3]
m[:] = m
print(m)
m[1:2] = m
print(m)
m[::-1] = m
print(m)
try:
    m[1:2:0] = []
except ValueError as e:
    print(e)
n = [0] * 8
n[1:7] = (i for i in range(2))
print(n, sys.getsizeof(n))
a = list(range(20))
del a[2:18]
print(a, sys.getsizeof(a))
t = (1, 2, 3)
try:
    t[0:1] = [5]
except TypeError as e:
    print(e)
s = "abc"
try:
    del s[0:1]
except TypeError as e:
    print(e)
b = bytearray(b"hello")
b[1:3] = b"EYYY"
del b[::2]
print(b)
