# nonlocal rebinding: old values freed as the cell changes
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("free", self.n)
def counter():
    cur = V(0)
    def step():
        nonlocal cur
        cur = V(cur.n + 1)
        return cur.n
    return step
s = counter()
print(s(), s())
print(s.__closure__[0].cell_contents.n)
s.__closure__[0].cell_contents = V(99)
print(s())
del s
print("end")
