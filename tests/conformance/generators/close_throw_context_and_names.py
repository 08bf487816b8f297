# GeneratorExit from close() chains to the caller's handled exception; throw() does not; generators have __name__ and __qualname__.
import sys
def g():
    try:
        yield 1
    except GeneratorExit as e:
        print("exit ctx", repr(e.__context__))
        raise
def g2():
    try:
        yield 1
    except BaseException as e:
        print("thrown ctx", repr(e.__context__))
        raise
x = g(); next(x)
try:
    raise KeyError("k")
except KeyError:
    x.close()
y = g2(); next(y)
try:
    raise KeyError("k2")
except KeyError:
    try:
        y.throw(ValueError)
    except ValueError as e:
        print("out", repr(e.__context__))
z = g2(); next(z)
try:
    z.throw(ValueError("v"))
except ValueError as e:
    print("out2", repr(e.__context__))
def g3():
    try:
        raise IndexError("own")
    except IndexError:
        yield 1
        yield 2
q = g3(); next(q)
try:
    q.throw(TypeError("t"))
except TypeError as e:
    print("out3", repr(e.__context__))
gen = (i for i in range(3))
print(gen.__name__, gen.__qualname__, sum(gen))
def gf(): yield
print(gf().__name__, gf().__qualname__)
class K:
    def m(self):
        yield
print(K().m().__qualname__)
