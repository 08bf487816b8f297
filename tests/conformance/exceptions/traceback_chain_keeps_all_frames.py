# a traceback keeps every frame of the failed call chain and their locals until it is dropped
import sys, gc
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): print("Tag", self.n, "freed")
def level3():
    t3 = Tag(3)
    raise RuntimeError("deep")
def level2():
    t2 = Tag(2)
    level3()
def level1():
    t1 = Tag(1)
    try:
        level2()
    except RuntimeError as e:
        return e
err = level1()
print("level1 returned")
tb = err.__traceback__
frames = []
while tb:
    frames.append((tb.tb_frame.f_code.co_name, sorted(tb.tb_frame.f_locals)))
    tb = tb.tb_next
print(frames)
print(err.__traceback__.tb_frame.f_back is None)
err.__traceback__ = None
print("traceback cleared")
print(gc.collect())
del err
print("end")
