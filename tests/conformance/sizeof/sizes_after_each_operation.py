# sys.getsizeof after each kind of list, dict, set and str operation
import sys
g = sys.getsizeof
l = []
out = []
for op in ("append", "extend", "insert", "pop", "iadd", "imul", "slice", "del", "clear", "copy", "sort", "reverse", "remove"):
    if op == "append": l.append(1)
    elif op == "extend": l.extend(range(7))
    elif op == "insert": l.insert(0, 5)
    elif op == "pop": l.pop()
    elif op == "iadd": l += [1, 2, 3]
    elif op == "imul": l *= 3
    elif op == "slice": l[2:10] = []
    elif op == "del": del l[::2]
    elif op == "clear": l.clear(); l.extend([1, 2])
    elif op == "copy": l = l.copy()
    elif op == "sort": l.sort()
    elif op == "reverse": l.reverse()
    elif op == "remove": l.remove(1)
    out.append((op, len(l), g(l)))
print(out)
print(g([1, 2, 3] * 2), g([0] * 9), g([x for x in range(9)]), g(list(range(9))), g(list((1, 2, 3))), g(list("abcdefghij")), g([*range(5)]), g(sorted(range(5))))
print(g(l[:]), g(l[:0]), g(list()), g([None]), g(list(map(abs, range(5)))), g(list(x for x in range(5))), g(list({1: 2, 3: 4})), g(list({1, 2, 3})))
d = {}
sizes = []
for i in range(12):
    d[str(i)] = i
    sizes.append(g(d))
print(sizes, g(d.copy()), g(dict(d)), g({**d}), g(dict.fromkeys(d)), g({k: v for k, v in d.items()}))
d2 = dict(a=1)
d2.update(b=2, c=3, d=4, e=5, f=6)
print(g(d2), g({}.copy()), g({1: 1}.copy()))
for i in range(10):
    d.pop(str(i))
print(g(d), len(d))
s = set()
print(g(s), g(set([1])), g({1, 2, 3, 4, 5}), g(set(range(5))), g(frozenset(range(5))), g({x for x in range(5)}), g(set("abcde")))
t = set(range(100))
t.clear()
print(g(t), g(set(range(10)) | set(range(5, 20))), g(set(range(10)) & {1}), g(set(range(10)) - set(range(9))))
for s in ("", "a", "ab" * 10, "é", "é" * 10, "€", "€" * 10, "😀", "😀" * 10, "a" + "😀", "abc".upper(), "x" * 100):
    print(len(s), g(s), end="; ")
print()
print(g(0), g(1), g(-1), g(2**30 - 1), g(2**30), g(2**60), g(2**90), g(-2**100), g(True), g(False), g(1.5), g(1j), g(None))
print(g(()), g((1,)), g((1, 2, 3)), g(tuple(range(10))), g(b""), g(b"abc"), g(bytearray()), g(bytearray(b"abc")), g(range(5)), g(slice(1)))
