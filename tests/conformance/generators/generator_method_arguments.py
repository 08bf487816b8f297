# generator.send, throw and close, property.getter/setter/deleter, dict views' isdisjoint and Counter's methods check their arguments as CPython does.
import collections


def attempt(label, call):
    try:
        result = call()
        print(label, "->", type(result).__name__)
    except (TypeError, ValueError, NotImplementedError) as error:
        print(label, "!!", type(error).__name__, error)


def numbers():
    yield 1
    yield 2


gen = numbers()
attempt("send()", lambda: gen.send())
attempt("send(1, 2)", lambda: gen.send(1, 2))
attempt("send(value=None)", lambda: gen.send(value=None))
attempt("throw()", lambda: gen.throw())
attempt("throw(1, 2, 3, 4)", lambda: gen.throw(1, 2, 3, 4))
attempt("throw(typ=ValueError)", lambda: gen.throw(typ=ValueError))
attempt("close(1)", lambda: gen.close(1))
attempt("close(zz=1)", lambda: gen.close(zz=1))
print(next(gen), gen.send(None))
gen.close()

prop = property(lambda self: 1)
attempt("getter()", lambda: prop.getter())
attempt("setter(1, 2)", lambda: prop.setter(1, 2))
attempt("deleter(fdel=None)", lambda: prop.deleter(fdel=None))
attempt("setter(print)", lambda: prop.setter(print))

keys = {1: 2}.keys()
attempt("keys.isdisjoint()", lambda: keys.isdisjoint())
attempt("items.isdisjoint([], [])", lambda: {1: 2}.items().isdisjoint([], []))
attempt("keys.isdisjoint(other=[])", lambda: keys.isdisjoint(other=[]))
attempt("keys.isdisjoint([3])", lambda: keys.isdisjoint([3]))
attempt("complex.conjugate(zz=1)", lambda: (1 + 2j).conjugate(zz=1))

counts = collections.Counter("abracadabra")
attempt("most_common(1, 2)", lambda: counts.most_common(1, 2))
attempt("most_common(n=2)", lambda: counts.most_common(n=2))
attempt("most_common(k=2)", lambda: counts.most_common(k=2))
attempt("total(1)", lambda: counts.total(1))
attempt("elements(zz=1)", lambda: counts.elements(zz=1))
attempt("copy(1)", lambda: counts.copy(1))
attempt("fromkeys()", lambda: counts.fromkeys())
attempt("fromkeys('ab')", lambda: counts.fromkeys("ab"))
print(counts.most_common(n=2), counts.total())
