# A dict holds a reference to each key and each value.
import sys

class K:
    pass

class V:
    pass

k = K()
v = V()
d = {k: v}
print("key:", sys.getrefcount(k), "value:", sys.getrefcount(v))
d[k] = v
print("same key again:", sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print("value under two keys:", sys.getrefcount(v))
del d[k]
print("after del d[k]:", sys.getrefcount(k), sys.getrefcount(v))
d.clear()
print("after clear:", sys.getrefcount(v))
