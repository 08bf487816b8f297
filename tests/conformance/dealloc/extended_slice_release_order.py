# Extended-slice deletion releases the removed items first to last (ascending index), extended-slice assignment in slice order; plain slices last to first
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
def mk(): return [D(i) for i in range(8)]
l = mk(); del l[::2]; print()
l = mk(); del l[::-3]; print()
l = mk(); del l[1:6]; print()
l = mk(); del l[6:1:-1]; print()
l = mk(); l[::3] = ['a', 'b', 'c']; print()
l = mk(); l[::-3] = ['a', 'b', 'c']; print()
l = mk(); l[1:4] = 'xy'; print()
l = mk(); l[5:2:-1] = 'xyz'; print()
l = mk(); del l[:]; print()
l = mk(); l[:] = 'ab'; print()
l = None
print("end")
