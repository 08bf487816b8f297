# Unraisable reports from __del__, gc callbacks and weakref callbacks: notes, groups, chained and foreign-module exceptions
import gc, weakref, sys
class E(Exception):
    pass
class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        e = E('note-bearing', self.n)
        e.add_note('a note')
        raise e
x = D(1); del x
class Cyc:
    def __del__(self):
        raise ValueError('in cycle', id(self) and 0)
c = Cyc(); c.c = c; del c
print(gc.collect())
def cb(phase, info):
    if phase == 'stop':
        raise RuntimeError('callback ' + phase)
gc.callbacks.append(cb)
print(gc.collect())
gc.callbacks.remove(cb)
class Obj: pass
o = Obj()
r = weakref.ref(o, lambda ref: 1/0)
del o
gc.collect()
class Group:
    def __del__(self):
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
g = Group(); del g
class Chained:
    def __del__(self):
        try:
            1/0
        except ZeroDivisionError:
            raise KeyError('k')
ch = Chained(); del ch
class Mod(Exception):
    __module__ = 'mymod'
class UsesMod:
    def __del__(self):
        raise Mod('m')
u = UsesMod(); del u
print('end')
