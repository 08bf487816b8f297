# __del__ on an enum is never called while the class lives; weakrefs to members stay alive; a dead enum's members die
import gc
import weakref
from enum import Enum

class Noisy(Enum):
    A = 1
    B = 2

    def __del__(self):
        print('del', self.name)

ref = weakref.ref(Noisy.A)
print(ref() is Noisy.A, weakref.getweakrefcount(Noisy.A))
a = Noisy.A
del a
gc.collect()
print(ref() is Noisy.A)

def build():
    class Local(Enum):
        X = 1
        Y = 2
    return weakref.ref(Local.X), weakref.ref(Local)

member_ref, class_ref = build()
print(member_ref() is not None, class_ref() is not None)
gc.collect()
print(member_ref(), class_ref())
proxy = weakref.proxy(Noisy.B)
print(proxy.name, proxy.value)
del Noisy
del ref, proxy
gc.collect()
print('end')
