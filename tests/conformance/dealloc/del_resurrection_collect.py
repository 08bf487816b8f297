# __del__ resurrection and second collection
import gc
gc.collect()
keep = []
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        keep.append(self)
a = R(1)
del a
print(len(keep))
keep.clear()
print("cleared")
b = R(2); c = R(3)
b.o = c; c.o = b
del b, c
print(gc.collect(), len(keep))
print(gc.garbage)
keep.clear()
print(gc.collect())
print("end")
