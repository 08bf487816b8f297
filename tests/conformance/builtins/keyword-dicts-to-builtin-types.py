# Builtin types called with **kwargs: a type with a vectorcall gets a names tuple, tp_call types a dict; their keyword checks
import gc


def count(label, call):
    gc.collect()
    before = gc.get_count()[0]
    try:
        result = call()
    except TypeError as e:
        # e.args, not str(e): once this function is warm, python3's specialized str(e) packs no argument tuple
        result = "TypeError: " + e.args[0]
    after = gc.get_count()[0]
    print(label, after - before, result if isinstance(result, str) else type(result).__name__)


kw = {"a": 1, "b": 2}
count("dict(**kw)", lambda: dict(**kw))
count("dict([], **kw)", lambda: dict([], **kw))
count("dict(kw, c=3)", lambda: dict(kw, c=3))
count("enumerate(**)", lambda: enumerate(**{"iterable": []}))
count("enumerate([], **)", lambda: enumerate([], **{"start": 1}))
count("list(**{})", lambda: list(**{}))
count("list(**kw)", lambda: list(**kw))
count("float(**kw)", lambda: float(**kw))
count("type(**kw)", lambda: type(**kw))
count("type(zz=1)", lambda: type(zz=1))
count("type(1, zz=1)", lambda: type(1, zz=1))
count("zip(zz=1)", lambda: zip([1], zz=1))
count("zip(strict=)", lambda: zip([1], [2], strict=True))
count("zip.__new__", lambda: zip.__new__(zip, [1], [2]))
count("zip.__new__ strict", lambda: zip.__new__(zip, [1], strict=True))
count("object(zz=1)", lambda: object(zz=1))
count("object(**{})", lambda: object(**{}))
count("property(zz=1)", lambda: property(zz=1))
count("property(None, zz=1)", lambda: property(None, zz=1))
count("property(5 args)", lambda: property(None, None, None, None, None))
count("super(**kw)", lambda: super(**kw))
count("super(int, zz=1)", lambda: super(int, zz=1))
count("print(1, **bogus)", lambda: print(1, **{"bogus": 1}))
count("print(1, bogus=1)", lambda: print(1, bogus=1))
count("print(**bogus)", lambda: print(**{"bogus": 1}))
count("print(1, 2, **sep x)", lambda: print(1, 2, **{"sep": "-", "x": 1}))
for args, kwargs in [((), {"zz": 1}), ((), {}), (([], 1, 2), {}), (([],), {"zz": 1}), ((), {"iterable": [], "start": 1, "zz": 2}),
                     ((), {"start": 1, "iterable": []}), ((), {"start": 1, "zz": []}), ((), {"iterable": [], "zz": 1}),
                     (([],), {"iterable": []}), (([], 1), {"start": 1}), ((), {"start": 1}), (("ab",), {"start": 5})]:
    count("enumerate%r %r" % (args, kwargs), lambda: list(enumerate(*args, **kwargs)))
