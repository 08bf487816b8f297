# gc.get_count() change of expressions that raise and catch errors, look up missing attributes, or format
import gc
class K:
    def __init__(self):
        self.a = 1
class G:
    def __getattr__(self, name):
        raise AttributeError(name)
class S:
    __slots__ = ("a",)
k, g, s = K(), G(), S()
d = {"a": 1}
def measure(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)
def catch(fn):
    try:
        fn()
    except Exception:
        pass
def catch_as(fn):
    try:
        fn()
    except Exception as e:
        pass
measure("hasattr K miss", lambda: hasattr(k, "zz"))
measure("hasattr G miss", lambda: hasattr(g, "zz"))
measure("hasattr S miss", lambda: hasattr(s, "a"))
measure("getattr default G", lambda: getattr(g, "zz", None))
measure("key error", lambda: catch(lambda: d["zz"]))
measure("key error as", lambda: catch_as(lambda: d["zz"]))
measure("attr error", lambda: catch(lambda: k.zz))
measure("index error", lambda: catch(lambda: [][0]))
measure("zero div", lambda: catch(lambda: 1 / 0))
measure("value error int", lambda: catch(lambda: int("x")))
measure("type error add", lambda: catch(lambda: 1 + "a"))
measure("name error", lambda: catch(lambda: undefined_name))
measure("raise class", lambda: catch(lambda: (_ for _ in ()).throw(ValueError)))
measure("stop iteration", lambda: next(iter([]), None))
measure("dict get miss", lambda: d.get("zz"))
measure("in dict miss", lambda: "zz" in d)
measure("str in", lambda: "a" in "abc")
measure("percent tuple", lambda: "%s %s" % (1, 2))
measure("percent dict", lambda: "%(a)s" % d)
measure("format spec", lambda: format(3.14159, ".2f"))
measure("repr float", lambda: repr(2.5))
measure("str int", lambda: str(12345))
measure("int parse", lambda: int("12345"))
measure("float parse", lambda: float("1.5"))
measure("bytes", lambda: bytes(3))
measure("bytearray", lambda: bytearray(3))
measure("chained compare", lambda: 1 < 2 < 3)
measure("tuple compare", lambda: (1, 2) < (1, 3))
measure("list compare", lambda: [1, 2] == [1, 2])
measure("sorted pairs", lambda: sorted([(2, "b"), (1, "a")]))
measure("assert ok", lambda: None)
