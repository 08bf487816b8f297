# item protocol errors: a class with only __setitem__ (or only __delitem__) fails the other by name; builtins refuse item assignment and deletion
class RO:
    def __getitem__(self, k):
        print("getitem", k)
        return k
r = RO()
r[1:2]; r[::2]; r[1, 2]; r[...]; r[1:2, 3]
for f in (lambda: r.__setitem__(0, 1),):
    try: f()
    except AttributeError as e: print("AttributeError:", e)
def setit(o): o[0] = 1
def delit(o): del o[0]
for o in (r, (1,), "s", 5, None, range(3), frozenset(), {1}.__iter__()):
    for f in (setit, delit):
        try:
            f(o)
        except TypeError as e:
            print("TypeError:", e)
class WO:
    def __setitem__(self, k, v): print("set", k, v)
w = WO()
w[1:3] = "ab"
try:
    w[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del w[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class DO:
    def __delitem__(self, k): print("del", k)
do = DO()
del do[1:2]
try:
    do[0] = 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class Both(list):
    def __setitem__(self, k, v):
        print("own set", k)
        super().__setitem__(k, v)
b = Both([1, 2])
b[0] = 5
del b[0]
print(b)
w[0] += 1
