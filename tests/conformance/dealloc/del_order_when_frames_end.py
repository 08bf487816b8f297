# locals die when their frame returns, in reverse order of... let's see
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def work():
    a = Noisy("a")
    b = Noisy("b")
    c = Noisy("c")
    print("returning")
    return b
kept = work()
print("kept", kept.n)
del kept
def raises():
    x = Noisy("x")
    y = Noisy("y")
    raise RuntimeError("r")
try:
    raises()
except RuntimeError:
    print("handler")
print("after handler")
def loop():
    for i in range(3):
        v = Noisy(i)
    print("loop done")
loop()
print("end")
