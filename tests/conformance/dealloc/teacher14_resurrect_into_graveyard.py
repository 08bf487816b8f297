# __del__ that resurrects self into a global list: gc.collect() counts, __del__ runs once (PEP 442)
import gc, sys

graveyard = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  __del__', self.name, 'refcount', sys.getrefcount(self))
        graveyard.append(self)

gc.collect()
p = Phoenix('solo')
del p
print('graveyard', [x.name for x in graveyard])
p = graveyard.pop()
print('popped, count', sys.getrefcount(p))
del p
print('second del: no __del__ again', len(graveyard))

a = Phoenix('a'); b = Phoenix('b')
a.partner = b; b.partner = a
del a, b
print('collect cycle', gc.collect())
print('graveyard', sorted(x.name for x in graveyard))
print('partners intact', graveyard[0].partner.partner is graveyard[0])
graveyard.clear()
print('cleared graveyard; collect', gc.collect())

class Once:
    def __del__(self):
        print('  Once.__del__')
        graveyard.append(self)
o = Once(); o.me = o
del o
print('first collect', gc.collect(), len(graveyard))
graveyard.clear()
print('second collect', gc.collect(), len(graveyard))
print('garbage', gc.garbage)
