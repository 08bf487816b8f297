# gc.get_count() change of one expression each, measured right after a full collection
import gc, sys
class K:
    def __init__(self):
        self.a = 1
    def m(self):
        return 1
    @property
    def p(self):
        return 2
k = K()
data = [3, 1, 2]
d = {"a": 1, "b": 2}
s = {1, 2}
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
measure("sum genexp", lambda: sum(x for x in data))
measure("sum list", lambda: sum([x for x in data]))
measure("any", lambda: any(x > 2 for x in data))
measure("sorted key", lambda: sorted(data, key=lambda x: -x))
measure("min key", lambda: min(data, key=abs))
measure("max default", lambda: max([], default=0))
measure("map list", lambda: list(map(str, data)))
measure("filter list", lambda: list(filter(None, data)))
measure("zip list", lambda: list(zip(data, data)))
measure("enumerate list", lambda: list(enumerate(data)))
measure("items loop", lambda: [k for k, v in d.items()])
measure("keys list", lambda: list(d.keys()))
measure("values list", lambda: list(d.values()))
measure("dict items", lambda: dict(d.items()))
measure("join", lambda: ",".join(map(str, data)))
measure("join list", lambda: ",".join(["a", "b"]))
measure("split", lambda: "a b c".split())
measure("str format", lambda: "{} {}".format(1, 2))
measure("fstring", lambda: f"{data} {d}")
measure("repr list", lambda: repr(data))
measure("str dict", lambda: str(d))
measure("method call", lambda: k.m())
measure("bound method", lambda: k.m)
measure("property", lambda: k.p)
measure("getattr default", lambda: getattr(k, "zz", None))
measure("hasattr miss", lambda: hasattr(k, "zz"))
measure("isinstance tuple", lambda: isinstance(k, (int, K)))
measure("set ops", lambda: s | {3})
measure("frozenset", lambda: frozenset(data))
measure("tuple genexp", lambda: tuple(x for x in data))
measure("list slice", lambda: data[1:])
measure("reversed list", lambda: list(reversed(data)))
measure("range list", lambda: list(range(5)))
measure("unpack", lambda: [*data, *s])
measure("dict unpack", lambda: {**d, "c": 3})
measure("call kwargs", lambda: dict(a=1, b=2))
measure("star call", lambda: max(*data))
measure("exception", lambda: sys.exc_info())
measure("try except", lambda: int("1"))
measure("divmod", lambda: divmod(7, 2))
measure("str.partition", lambda: "a=b".partition("="))
measure("dict get", lambda: d.get("a"))
measure("setdefault", lambda: d.setdefault("z", []))
measure("list copy", lambda: data.copy())
measure("sorted set", lambda: sorted(s))
measure("zip dict", lambda: dict(zip("ab", data)))
measure("nested lambda", lambda: (lambda y: y)(1))
