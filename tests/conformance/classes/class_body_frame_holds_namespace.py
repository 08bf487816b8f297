# A class body's frame holds its namespace (f_locals); a traceback through the body keeps it, and its objects, alive
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Counting:
    x = 1
    print("locals() in a class body:", sys.getrefcount(locals()))
    namespace = locals()
    print("held by a name too:", sys.getrefcount(namespace))
    del namespace

saved = None
try:
    class Broken:
        member = Noisy("class attribute")
        raise ValueError("body failed")
except ValueError as error:
    saved = error
    print("caught:", error)
print("the traceback keeps the body's namespace")
saved = None
print("released with the traceback")
