# A list extended with itself (l.extend(l), l += l, l[n:] = l) adds the items it had, once; sizes and counts follow
import sys
item = [0]
l = [item, 2]
l.extend(l)
print(l, sys.getsizeof(l), sys.getrefcount(item))
l += l
print(len(l), sys.getsizeof(l), sys.getrefcount(item))
l[len(l):] = l
print(len(l), sys.getsizeof(l), sys.getrefcount(item))
t = [3, 4]
t *= 2
t.extend(t[:1])
print(t, sys.getsizeof(t))
