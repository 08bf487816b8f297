# co_cellvars in localsplus order, a global declared in a function names its nested defs and hides the name from nested functions, and frame attributes
import gc, sys
def f(b, a):
    def g(): return a, b
    return g
print(f.__code__.co_cellvars, f(1, 2)(), [c.cell_contents for c in f(1, 2).__closure__])
def h(zeta, alpha, mid, *rest, kw, **kws):
    zz = aa = mm = 0
    def inner(): return zeta, alpha, mid, zz, aa, mm, rest, kw, kws
    return inner
print(h.__code__.co_cellvars, h(1, 2, 3, 4, kw=5, x=6)())
print(h(1, 2, 3, kw=0).__code__.co_freevars)
class A:
    def m(self, q):
        def n(): return q, __class__
        return n
print(A.m.__code__.co_cellvars, A.m.__code__.co_varnames)
def loc(x):
    y = 1
    def z(): return x + y
    print(sorted(sys._getframe().f_locals))
    return z
loc(3)
def g():
    global G
    def G(): pass
    global K
    class K:
        def m(self): pass
g()
print(G.__qualname__, G.__code__.co_qualname, K.__qualname__, K.m.__qualname__)
def outer():
    def g2():
        global H
        def H():
            def k(): pass
            return k
    g2()
outer()
print(H.__qualname__, H().__qualname__)
w = 'global'
def h():
    w = 'local'
    def i():
        global w
        def j(): return w
        return j
    return i
print(h()()(), h.__code__.co_cellvars, h().__code__.co_freevars)
def h2():
    v = 'local'
    class C:
        global v
        def m(self): return v
    return C
print(h2()().m(), h2().m.__code__.co_freevars)
