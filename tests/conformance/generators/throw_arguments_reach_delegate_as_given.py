# gen.throw passes its arguments as given to a `yield from` iterator's own throw; only where raised are they checked
import sys
class MyErr(Exception):
    def __init__(self, *a):
        print("MyErr init", a)
        super().__init__(*a)
class Sub:
    def __iter__(self): return self
    def __next__(self): return 1
    def throw(self, *args):
        print("throw got", [a if not isinstance(a, BaseException) else repr(a) for a in args])
        return "handled"
def deleg():
    yield from Sub()
d = deleg()
next(d)
print(d.throw(MyErr, "x"))
print(d.throw("not an exception"))
print(d.throw(ValueError, ValueError("v"), None))
def inner():
    try:
        yield 1
    except Exception as e:
        print("inner caught", repr(e))
        yield 2
def outer():
    yield from inner()
o = outer()
next(o)
print(o.throw(KeyError, "k"))
o2 = outer(); next(o2)
try:
    o2.throw("bad")
except TypeError as e:
    print("TypeError", e)
class Closable:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print("closed")
def deleg2():
    yield from Closable()
d2 = deleg2(); next(d2)
try:
    d2.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit out")
d3 = deleg2(); next(d3)
try:
    d3.throw(GeneratorExit, 5)
except TypeError as e:
    print("TypeError", e)
except GeneratorExit as e:
    print("GE", e.args)
