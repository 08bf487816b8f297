# recursion depth through builtins, per form, with a low limit
import sys
def tblen(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n
sys.setrecursionlimit(200)
class A:
    def __init__(self, n): self.n = n
def chain(cls, n):
    x = None
    for i in range(n):
        y = cls(x)
        x = y
    return x
class Len(A):
    def __len__(self): return 1 + (len(self.n) if self.n is not None else 0)
class ReprF(A):
    def __repr__(self): return f"R({self.n!r})"
class ReprC(A):
    def __repr__(self): return "R(" + repr(self.n) + ")"
class ReprPlain(A):
    def __repr__(self): return f"R({self.n})"
class StrC(A):
    def __str__(self): return "S(" + str(self.n) + ")"
class StrF(A):
    def __str__(self): return f"S({self.n!s})"
class Eq(A):
    def __eq__(self, o): return self.n == o.n
for cls in (Len, ReprF, ReprC, ReprPlain, StrC, StrF, Eq):
    for round in range(2):
        x = chain(cls, 220)
        try:
            if cls is Len: len(x)
            elif cls is Eq: x == chain(cls, 220)
            elif cls in (StrC, StrF): str(x)
            else: repr(x)
            print(cls.__name__, "ok")
        except RecursionError as e:
            print(cls.__name__, round, e, tblen(e.__traceback__))
