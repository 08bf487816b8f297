# Weak containers take their constructor's arguments as Lib/weakref.py's __init__ does: by position or by name, with Python's messages.
import weakref, gc
class T:
    pass
a, b = T(), T()
for make in [lambda: weakref.WeakSet(data=[a, b]), lambda: weakref.WeakSet(None), lambda: weakref.WeakSet(data=None), lambda: weakref.WeakSet([a], [b]), lambda: weakref.WeakSet(zz=1),
             lambda: weakref.WeakKeyDictionary(dict={a: 1}), lambda: weakref.WeakKeyDictionary(None), lambda: weakref.WeakKeyDictionary({a: 1}, {b: 2}), lambda: weakref.WeakKeyDictionary(zz=1),
             lambda: weakref.WeakValueDictionary({1: a}, {2: b}), lambda: weakref.WeakValueDictionary(other={1: a}), lambda: weakref.WeakValueDictionary(k=a), lambda: weakref.WeakValueDictionary(zz=1)]:
    try:
        made = make()
        print(type(made).__name__, len(made), sorted(type(x).__name__ for x in made))
    except TypeError as e:
        print("TypeError", e)
print(gc.collect())
