# list.pop converts its index before it looks at the size, dict.pop answers an empty dict unhashed, and deletes of read-only names say so
for f in [lambda: [].pop("a"), lambda: [].pop(2**70), lambda: [1].pop(5), lambda: [].pop()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print({}.pop([], 5))
try: {}.pop([])
except KeyError as e: print("KeyError", e)
try: {1: 2}.pop([])
except TypeError as e: print("TypeError", e)
class A:
    __slots__ = ()
    x = 5
    def m(self): pass
a = A()
for name in ["m", "x", "nothing"]:
    try: delattr(a, name)
    except AttributeError as e: print(e)
for o, name in [([], "append"), ("", "upper"), ([], "nothing"), (5, "real")]:
    try: delattr(o, name)
    except AttributeError as e: print(e)
class W: pass
w = W()
try: w.__weakref__ = 1
except AttributeError as e: print(e)
try: del w.__weakref__
except AttributeError as e: print(e)
print(w.__dict__, w.__weakref__)
class B:
    def m(self): pass
b = B()
try: del b.m
except AttributeError as e: print(e)
class S:
    __slots__ = ('__weakref__',)
s = S()
try: s.__weakref__ = 1
except AttributeError as e: print(e)
class W2(W): pass
try: W2().__weakref__ = 2
except AttributeError as e: print(e)
