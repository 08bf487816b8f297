# gen.throw() and close() pass through 'yield from' to the inner generator or iterator (its throw/close methods); its return value resumes the outer one.
def inner():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "inner recovered"
        return "inner done"
    finally:
        print("inner finally")
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer next"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))
g = outer(); next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("propagated", repr(e))
def outer2():
    try:
        yield from inner()
    except ValueError as e:
        print("outer2 caught", repr(e))
        yield "outer2 recovered"
g = outer2(); next(g)
print(g.throw(ValueError("v2")))
g = outer(); next(g)
g.close()
print("closed", g.gi_frame)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
    def throw(self, *a):
        print("It.throw", a[0].__name__)
        return "from It.throw"
    def close(self):
        print("It.close")
def outer3():
    yield from It()
g = outer3(); next(g)
print(g.throw(KeyError))
g.close()
def outer4():
    yield from [1, 2, 3]
g = outer4(); next(g)
try:
    g.throw(IndexError("idx"))
except IndexError as e:
    print("list delegate", repr(e))
def ret_inner():
    try:
        yield 1
    except KeyError:
        return "returned on throw"
def outer5():
    r = yield from ret_inner()
    yield r
g = outer5(); next(g)
print(g.throw(KeyError))
def deep3():
    try:
        yield 1
    except GeneratorExit:
        print("deep3 exit")
        raise
def deep2():
    yield from deep3()
def deep1():
    try:
        yield from deep2()
    finally:
        print("deep1 finally")
g = deep1(); next(g); g.close()
