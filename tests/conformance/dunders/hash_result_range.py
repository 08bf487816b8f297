# hash() of an object whose __hash__ returns an int: the int itself when it fits a Py_ssize_t (-1 becomes -2), else the int's own hash
class C:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 10**30, -(10**30)):
    print(h, hash(C(h)))
