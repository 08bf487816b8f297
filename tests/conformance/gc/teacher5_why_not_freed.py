# why is my object not freed: bound method stored on the instance, closure capturing self
import gc, sys
gc.disable()
class Btn:
    def __init__(self, name):
        self.name = name
        self.handler = self.click
    def click(self):
        return self.name
    def __del__(self):
        print("freed", self.name)
b = Btn("a")
print(sys.getrefcount(b))
del b
print("after del b (cycle through bound method)")
print(gc.collect())
class Cl:
    def __init__(self, name):
        self.name = name
        def cb():
            return self.name
        self.cb = cb
    def __del__(self):
        print("freed", self.name)
c = Cl("closure")
print(sys.getrefcount(c))
del c
print("after del c")
print(gc.collect())
class Err:
    def __del__(self):
        print("Err freed")
def fail():
    e = Err()
    raise ValueError("x")
try:
    fail()
except ValueError as exc:
    saved = exc
print("saved exception keeps frame alive")
del saved
print("after del saved")
print(gc.collect())
def gen():
    g = Err()
    yield 1
    yield 2
it = gen()
print(next(it))
del it
print("after del it")
gc.enable()
