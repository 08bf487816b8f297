# getsizeof of growing list, dict and set
import sys
l = []
prev = sys.getsizeof(l)
print(0, prev)
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if s != prev:
        print(len(l), s)
        prev = s
d = {}
prev = sys.getsizeof(d)
print("dict", 0, prev)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print("dict", len(d), s)
        prev = s
st = set()
prev = sys.getsizeof(st)
print("set", 0, prev)
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != prev:
        print("set", len(st), s)
        prev = s
print(sys.getsizeof(list(range(10))), sys.getsizeof([0]*10), sys.getsizeof([i for i in range(10)]))
