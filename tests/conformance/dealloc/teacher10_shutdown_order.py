# what runs when the program ends: __del__ of globals, suspended generators' finally, finalize, cycles
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def worker():
    r = Res("gen local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

first = Res("first global")
g = worker()
next(g)
items = [Res("in list 0"), Res("in list 1")]
pair = (Res("in tuple"),)
a = Res("cycle a")
b = Res("cycle b")
a.peer, b.peer = b, a
del b
fin_target = Res("finalized")
weakref.finalize(fin_target, print, "finalize callback")
last = Res("last global")
print("end of program")
