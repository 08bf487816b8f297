# a __repr__ that formats self: a common slip
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self})"
print(repr(P(1)))
