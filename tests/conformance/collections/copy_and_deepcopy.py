# copy.copy and copy.deepcopy of deque, defaultdict, OrderedDict and Counter: what each copy shares, refcounts and sizes after
import copy, sys, gc
from collections import deque, defaultdict, OrderedDict, Counter
shared = [1, 2]
base = sys.getrefcount(shared)
d = deque([shared, "s", 3])
dm = deque([shared], maxlen=4)
dd = defaultdict(list, a=shared, b=[0])
od = OrderedDict([("z", shared), ("a", 5)])
c = Counter("abracadabra")
for name, o in [("deque", d), ("bounded", dm), ("defaultdict", dd), ("OrderedDict", od), ("Counter", c)]:
    s = copy.copy(o)
    t = copy.deepcopy(o)
    print(name, type(s).__name__, s == o, t == o, s is o)
    print("  sizes", sys.getsizeof(s) == sys.getsizeof(o), sys.getsizeof(t) == sys.getsizeof(o))
    print("  shared refs", sys.getrefcount(shared) - base)
    del s, t
    print("  after del", sys.getrefcount(shared) - base)
dd2 = copy.deepcopy(dd)
print(dd2["a"] is shared, dd2["a"] == shared, dd2.default_factory is list, dd2["missing"])
dm2 = copy.deepcopy(dm)
print(dm2.maxlen, dm2[0] is shared, list(dm2))
od2 = copy.copy(od)
od2.move_to_end("z")
print(list(od2), list(od), od2["z"] is shared)
c2 = copy.deepcopy(c)
c2["a"] += 1
print(c["a"], c2["a"], c2.most_common(2))
nested = deque([deque([shared]), {"k": shared}])
deep = copy.deepcopy(nested)
print(deep[0][0] is deep[1]["k"], deep[0][0] is shared)
memo = {}
one = copy.deepcopy(dd, memo)
two = copy.deepcopy(dd, memo)
print(one is two, len(memo))
gc.collect()
print(gc.collect())
