# A class refers to itself through its __mro__, so only the collector frees it: with its dict, tuples and descriptors.
import gc

gc.collect()

class Bare:
    pass

del Bare
print("bare class:", gc.collect())

class WithMethod:
    def method(self):
        pass

del WithMethod
print("with a method:", gc.collect())

class Slotted:
    __slots__ = ("a",)

del Slotted
print("slotted:", gc.collect())

class Kept:
    pass

instance = Kept()
del Kept
print("an instance keeps it:", gc.collect(), type(instance).__name__)
del instance
print("last instance gone:", gc.collect())

class Base:
    pass

class Derived(Base):
    pass

del Base
print("a subclass keeps its base:", gc.collect())
del Derived
print("both:", gc.collect())


def make():
    class Local:
        def __init__(self):
            self.me = self
    return Local()


obj = make()
print("class of a live object:", gc.collect())
del obj
print("object cycle and its class:", gc.collect())


class Cell:
    def get(self):
        return __class__

del Cell
print("__class__ cell:", gc.collect())
