# sys.getsizeof of a deque grows and shrinks by 64-slot blocks, following where each operation leaves the ends
import sys
from collections import deque

d = deque()
print("empty", sys.getsizeof(d))
sizes = []
for i in range(140):
    d.append(i)
    sizes.append(sys.getsizeof(d))
print("append steps at", [i + 1 for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1]], sizes[-1])
while d:
    d.pop()
    sizes.append(sys.getsizeof(d))
print("after pops", sys.getsizeof(d))

left = deque()
changes = []
for i in range(100):
    left.appendleft(i)
    changes.append(sys.getsizeof(left))
print("appendleft steps at", [i + 1 for i in range(1, len(changes)) if changes[i] != changes[i - 1]], changes[-1])
for _ in range(40):
    left.popleft()
print("after popleft", sys.getsizeof(left), len(left))

for n in (0, 1, 62, 63, 64, 127, 128, 200):
    print("deque(range(%d))" % n, sys.getsizeof(deque(range(n))))

e = deque()
e.extendleft(range(63))
print("extendleft 63", sys.getsizeof(e))
e.extendleft([1])
print("extendleft 64", sys.getsizeof(e))
e.rotate(10)
print("rotate 10", sys.getsizeof(e))
e.rotate(-30)
print("rotate -30", sys.getsizeof(e))
e.clear()
print("cleared", sys.getsizeof(e))

m = deque(range(10), maxlen=5)
print("maxlen", sys.getsizeof(m), m)
for i in range(200):
    m.append(i)
print("maxlen after 200", sys.getsizeof(m), m)
one = deque([7])
one.pop()
print("popped last", sys.getsizeof(one))
one.append(1)
one.popleft()
print("popleft last", sys.getsizeof(one))
r = deque([1, 2]) * 40
print("repeat", len(r), sys.getsizeof(r))
r *= 2
print("inplace repeat", len(r), sys.getsizeof(r))
print("copy", sys.getsizeof(r.copy()), sys.getsizeof(deque([5]).copy()))
i = deque(range(70))
i.insert(3, "x")
print("insert", sys.getsizeof(i), i[3])
del i[0]
print("del", sys.getsizeof(i), i[0])
i.remove("x")
print("remove", sys.getsizeof(i), len(i))
