# an error C code clears keeps the __traceback__ a handler last gave it, and frees the frames added since
import sys
class A:
    def __getattr__(self, n):
        global e
        e = AttributeError(n)
        raise e
getattr(A(), "x", 0)
print(e.__traceback__)

class It:
    def __next__(self):
        global e
        e = StopIteration()
        raise e
next(It(), 0)
print(e.__traceback__)

class D:
    def __del__(s): print("del")
class A:
    def __getattr__(self, n):
        global e
        d = D()
        e = AttributeError(n)
        raise e
hasattr(A(), "x")
print("after hasattr")

class It:
    def __iter__(self): return self
    def __next__(self):
        global e
        e = StopIteration()
        raise e
for x in It(): pass
print(e.__traceback__)

def names(e):
    t = e.__traceback__; r = []
    while t: r.append(t.tb_frame.f_code.co_name); t = t.tb_next
    return r
def inner(n): raise AttributeError(n)
class A:
    def __getattr__(self, n):
        global e
        try: inner(n)
        except AttributeError as ex:
            e = ex
            raise
getattr(A(), "x", 0); print(names(e))
def helper(ex): raise ex
class B:
    def __getattr__(self, n):
        global e
        try: inner(n)
        except AttributeError as ex:
            e = ex
        helper(e)
hasattr(B(), "x"); print(names(e))

class D:
    def __init__(s, n): s.n = n
    def __del__(s): print("del", s.n)
saved = []
class A:
    def __getattr__(self, n):
        loc = D(n)
        e = AttributeError(n)
        saved.append(e)
        raise e
class It:
    def __next__(self):
        loc = D("it")
        e = StopIteration(5)
        saved.append(e)
        raise e
def helper(o): return getattr(o, "x", 0)
print(helper(A()))
print(hasattr(A(), "y"))
print(next(It(), 1))
for e in saved:
    t = e.__traceback__; names = []
    while t: names.append((t.tb_frame.f_code.co_name, t.tb_lineno)); t = t.tb_next
    print(type(e).__name__, names, e.__context__, sys.getrefcount(e))
print("clearing")
saved.clear()
print("cleared")

saved = []
class It:
    def __iter__(self): return self
    def __next__(self):
        e = StopIteration(); saved.append(e); raise e
for x in It(): pass
list(It())
print([e.__traceback__ is None for e in saved])
class P:
    @property
    def p(self):
        e = AttributeError("p"); saved.append(e); raise e
saved.clear()
getattr(P(), "p", 0); hasattr(P(), "p")
print([e.__traceback__ is None for e in saved])
def g():
    e = StopIteration(); saved.append(e); raise e
    yield
saved.clear()
try: next(g())
except RuntimeError as r: print(r.__cause__.__traceback__ is None)
