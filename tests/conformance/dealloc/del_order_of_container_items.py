# __del__ order when a list, a dict and a tuple of instances die
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [Noisy(i) for i in range(3)]
print("list")
del items
d = {k: Noisy(k) for k in "abc"}
print("dict")
d = None
t = tuple(Noisy(10 + i) for i in range(3))
print("tuple")
del t
s = [Noisy("x"), [Noisy("y"), Noisy("z")]]
print("nested")
s.pop()
print("popped")
s.clear()
print("end")
