# Common accidental cycles: a bound method stored on self, a recursive inner function, an exception kept in its own frame
import gc
gc.disable()
class Button:
    def __init__(self, name):
        self.name = name
        self.on_click = self.handle
    def handle(self): return self.name
    def __del__(self): print("Button freed", self.name)
b = Button("ok")
del b
print("after del b (cycle keeps it)")
print("collected", gc.collect())
def outer():
    class Marker:
        def __del__(self): print("Marker freed")
    m = Marker()
    def walk(n):
        return 0 if n == 0 else walk(n - 1) + 1
    return walk(3)
print(outer())
print("collected", gc.collect())
class Keep:
    def __del__(self): print("Keep freed")
def fails():
    k = Keep()
    try:
        raise ValueError("x")
    except ValueError as e:
        saved = e
    return "returned"
print(fails())
print("collected", gc.collect())
def fails_clean():
    k = Keep()
    try:
        raise ValueError("y")
    except ValueError as e:
        saved = e
        del saved
    return "clean"
print(fails_clean())
gc.enable()
