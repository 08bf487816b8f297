# str/bytes/bytearray find, count, index, startswith..., set union/intersection/difference and their updates, math.log and functools.reduce are METH_VARARGS: each call packs its arguments in a tuple
import gc, math
s = "hello world"
b = b"hello world"
ba = bytearray(b)
st = {1, 2}
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("nothing", lambda: None)
measure("str.find", lambda: s.find("o"))
measure("str.find range", lambda: s.find("o", 2, 8))
measure("str.rfind", lambda: s.rfind("o"))
measure("str.index", lambda: s.index("o"))
measure("str.rindex", lambda: s.rindex("o"))
measure("str.count", lambda: s.count("o"))
measure("str.startswith", lambda: s.startswith("he"))
measure("str.endswith tuple", lambda: s.endswith(("ld", "x")))
measure("bytes.find", lambda: b.find(b"o"))
measure("bytes.count", lambda: b.count(b"o"))
measure("bytes.index", lambda: b.index(b"o"))
measure("bytes.rfind", lambda: b.rfind(b"o"))
measure("bytes.startswith", lambda: b.startswith(b"he"))
measure("bytearray.find", lambda: ba.find(b"o"))
measure("bytearray.count", lambda: ba.count(b"o"))
measure("set.union", lambda: st.union({3}))
measure("set.union none", lambda: st.union())
measure("set.intersection", lambda: st.intersection({1}))
measure("set.difference", lambda: st.difference({1}))
measure("set.update", lambda: st.update({1}))
measure("set.difference_update", lambda: st.difference_update({9}))
measure("set.intersection_update", lambda: st.intersection_update({1, 2}))
measure("set.issubset", lambda: st.issubset({1, 2, 3}))
measure("math.log", lambda: math.log(8))
measure("math.log base", lambda: math.log(8, 2))
measure("str.format", lambda: "{}".format(1))
measure("dict.update", lambda: {}.update({1: 2}))
measure("str.count char", lambda: s.count("l", 1))
import functools, operator
measure("functools.reduce", lambda: functools.reduce(operator.add, [1, 2]))
measure("functools.reduce initial", lambda: functools.reduce(operator.add, [], 0))
measure("frozenset.union", lambda: frozenset({1}).union({2}))
for call in (lambda: s.find(), lambda: s.count("a", 1, 2, 3), lambda: b.find(), lambda: st.union(5), lambda: s.find(x=1), lambda: math.log(), lambda: functools.reduce()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
