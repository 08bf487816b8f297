# __del__ resurrecting the object into a global list, then the list cleared; __del__ runs only once
import gc
graveyard = []
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n, "resurrecting")
        graveyard.append(self)
p = Phoenix(1)
del p
print("graveyard", [x.n for x in graveyard])
graveyard.clear()
print("cleared; no second __del__")
a = Phoenix(2); b = Phoenix(3)
a.peer = b; b.peer = a
del a, b
print("collect:", gc.collect())
print(sorted(x.n for x in graveyard), gc.is_finalized(graveyard[0]))
graveyard.clear()
print("collect again:", gc.collect())
