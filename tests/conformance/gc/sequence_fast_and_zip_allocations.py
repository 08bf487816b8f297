# str.join, bytes.join and slice assignment turn any other iterable into a list first (PySequence_Fast), and zip's last call takes a tuple it then frees: gc.get_count() sees both
import gc
data = [3, 1, 2]
words = ["a", "b", "c"]
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("join list", lambda: ",".join(words))
measure("join tuple", lambda: ",".join(("a", "b")))
measure("join iter", lambda: ",".join(iter(words)))
measure("join map", lambda: ",".join(map(str, data)))
measure("join genexp", lambda: ",".join(w for w in words))
measure("join dict", lambda: ",".join({"a": 1, "b": 2}))
measure("join set", lambda: ",".join({"a"}))
measure("join str", lambda: ",".join("abc"))
measure("bytes join list", lambda: b",".join([b"a", b"b"]))
measure("bytes join gen", lambda: b",".join(x for x in [b"a", b"b"]))
def assign(value):
    target = [0, 0, 0]
    target[1:2] = value
    return target
measure("slice list", lambda: assign([1, 2]))
measure("slice tuple", lambda: assign((1, 2)))
measure("slice range", lambda: assign(range(2)))
measure("slice genexp", lambda: assign(x for x in data))
def ext(value):
    target = [0, 0, 0, 0]
    target[::2] = value
    return target
measure("extended slice list", lambda: ext([1, 2]))
measure("extended slice range", lambda: ext(range(2)))
measure("zip list", lambda: list(zip(data, data)))
measure("zip tuple", lambda: tuple(zip(data)))
measure("zip for", lambda: [a for a in zip(data, words)])
measure("zip strict", lambda: list(zip(data, words, strict=True)))
measure("zip empty", lambda: list(zip()))
measure("dict zip", lambda: dict(zip(words, data)))
z = zip(data, data)
gc.collect()
c0 = gc.get_count()[0]
got = [next(z), next(z), next(z)]
c1 = gc.get_count()[0]
rest = list(z)
c2 = gc.get_count()[0]
print(c1 - c0, c2 - c1, rest)
try:
    ",".join(x for x in [1])
except TypeError as e:
    print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
