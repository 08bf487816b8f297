# Objects in a failing function's frame live as long as the exception's traceback does
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("freed", self.n)
def fail():
    a = Noisy("a")
    b = Noisy("b")
    raise KeyError("k")
try:
    fail()
except KeyError:
    print("in handler")
print("after handler")
try:
    fail()
except KeyError as e:
    err = e
print("kept err")
err = None
print("err dropped")
def swallow():
    try:
        fail()
    except KeyError as e:
        return e
x = swallow()
print("returned exception, frame kept:", x.__traceback__.tb_next.tb_frame.f_code.co_name)
x.__traceback__ = None
print("traceback cleared")
del x
print("end")
