# str() through a class's own __repr__ (object_str) checks the result as __str__'s
class R:
    def __repr__(self): return 5
for f in [lambda: str(R()), lambda: repr(R()), lambda: print(R()), lambda: f"{R()}", lambda: f"{R()!s}", lambda: "%s" % R(), lambda: format(R()), lambda: "{}".format(R())]:
    try: print(f())
    except TypeError as e: print(e)
class Q:
    def __repr__(self): return "q!"
print(str(Q()), Q(), [Q()], "%s" % Q(), f"{Q()}")
class I(int):
    def __repr__(self): return 7
try: str(I(3))
except TypeError as e: print(e)
class S(str):
    def __repr__(self): return 8
print(str(S("abc")))
class E(Exception):
    def __repr__(self): return 9
print(str(E("x")))
