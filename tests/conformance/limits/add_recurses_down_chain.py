# Peano-style __add__ recursion
class N:
    def __init__(self, prev=None):
        self.prev = prev
    def __add__(self, other):
        if self.prev is None:
            return other
        return N(self.prev + other)
    def __len__(self):
        return 0 if self.prev is None else 1 + len(self.prev)
z = N()
a = z
for i in range(400):
    a = N(a)
print(len(a + a))
