# sizes: key-sharing dicts in different attribute orders, sets grow/shrink, list pop/clear/slicing/*=
import sys
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p1 = P(1, 2)
p2 = P(3, 4)
print(sys.getsizeof(p1.__dict__), sys.getsizeof(p2.__dict__))
p2.c = 5
print(sys.getsizeof(p2.__dict__))
class Q: pass
q1 = Q(); q1.x = 1; q1.y = 2
q2 = Q(); q2.y = 1; q2.x = 2
print(sys.getsizeof(q1.__dict__), sys.getsizeof(q2.__dict__))
q3 = Q(); q3.x = 1; q3.y = 2; q3.z = 3
print(sys.getsizeof(q3.__dict__))
s = set()
sizes = []
for i in range(20):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
for i in range(18):
    s.discard(i)
print(sys.getsizeof(s), len(s))
s.clear()
print(sys.getsizeof(s))
l = list(range(20))
print(sys.getsizeof(l))
for _ in range(15):
    l.pop()
print(sys.getsizeof(l))
l.clear()
print(sys.getsizeof(l))
l2 = [1, 2, 3]
l2 *= 10
print(sys.getsizeof(l2))
l3 = l2[:5]
print(sys.getsizeof(l3), sys.getsizeof(l2[::2]), sys.getsizeof(l2[:0]))
l2 *= 0
print(sys.getsizeof(l2))
print(sys.getsizeof("é"), sys.getsizeof("héllo"), sys.getsizeof("€"), sys.getsizeof("𝄞"), sys.getsizeof("a€𝄞"))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**20)))
print([sys.getsizeof(10**k) for k in (0, 9, 10, 18, 19, 30, 100)])
print(sys.getsizeof(-1), sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(2**30 - 1), sys.getsizeof(-2**60))
