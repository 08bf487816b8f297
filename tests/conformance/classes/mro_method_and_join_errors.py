# C.mro() returns the MRO as a new list (a bound builtin method of the class); str.join of a non-iterable says 'can only join an iterable'.
class A: pass
class B(A): pass
print(B.mro(), A.mro(), B.mro() == list(B.__mro__), type(B.mro()).__name__)
try:
    B.mro(1)
except TypeError as e:
    print(e)
class C:
    def mro(self): return "own"
print(C().mro(), C.mro(C()))
for bad in (5, None, 1.5):
    try:
        "-".join(bad)
    except TypeError as e:
        print(e)
print("-".join(x for x in "abc"), "-".join({"k": 1}))
