# Emptying large ordered mappings one entry a line, from the front and from the back: the order each gives,
# the sizes left behind, and the references the popped items still hold.
import sys
from collections import OrderedDict

od = OrderedDict((i, [i]) for i in range(400))
front = []
while len(od) > 200:
    key, value = od.popitem(last=False)
    front.append(key)
back = []
while len(od) > 5:
    key, value = od.popitem()
    back.append(key)
print(front[:3], front[-3:], back[:3], back[-3:], list(od))
print(sys.getsizeof(od), sys.getrefcount(value), value)

lru = OrderedDict()
for i in range(400):
    lru[i % 60] = i
    lru.move_to_end(i % 60, last=i % 3 != 0)
    if len(lru) > 40:
        lru.popitem(last=i % 2 == 0)
print(len(lru), list(lru)[:5], list(lru)[-5:])

d = dict.fromkeys(range(400), 0)
popped = 0
while d:
    d.popitem()
    popped += 1
print(popped, sys.getsizeof(d))
