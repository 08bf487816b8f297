# resurrection: __del__ stores self somewhere; CPython calls __del__ only once
import sys, gc
graveyard = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        graveyard.append(self)
p = Phoenix("bird")
del p
print("resurrected", len(graveyard), graveyard[0].name)
print(sys.getrefcount(graveyard[0]))
graveyard.clear()
print("cleared again (no second __del__)")
q = Phoenix("cyc")
q.me = q
del q
print(gc.collect())
print(len(graveyard), graveyard[0].name)
graveyard[0].me = None
graveyard.clear()
print(gc.collect())
print("end")
