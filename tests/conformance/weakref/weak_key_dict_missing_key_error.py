# A WeakKeyDictionary looks a key up as ref(key), so a missing key's KeyError carries that weak reference (the key's plain ref, shared with a ref(key) made before); a key that cannot be weakly referenced is a TypeError.
import weakref

class C:
    pass

a = C()
d = weakref.WeakKeyDictionary()

def delete(key):
    del d[key]

for op in (lambda: d.pop(a), lambda: d[a], lambda: delete(a)):
    try:
        op()
    except KeyError as e:
        r = e.args[0]
        print(type(r).__name__, r() is a, weakref.getweakrefcount(a))
    print(weakref.getweakrefcount(a))
del r
print(weakref.getweakrefcount(a))
keep = weakref.ref(a)
try:
    d[a]
except KeyError as e:
    print(e.args[0] is keep)
try:
    d[5]
except TypeError as e:
    print(e)
print(d.get(a, "dflt"), d.pop(a, "dflt2"))
v = weakref.WeakValueDictionary()
try:
    v["k"]
except KeyError as e:
    print(repr(e.args[0]))
