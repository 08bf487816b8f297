# super().method(args) with positional arguments (LOAD_METHOD on a super object), the textbook
# constructor chain, and the refcounts of the bound method and self around the call.
import sys


class Part:
    def __init__(self, name):
        print("Part.__init__", type(self).__name__, name)
        self.name = name

    def describe(self, prefix):
        return prefix + " " + self.name


class Machine(Part):
    def __init__(self, name, wheels):
        super().__init__(name)
        self.wheels = wheels

    def describe(self, prefix):
        print("self refcount inside:", sys.getrefcount(self))
        return super().describe(prefix) + f" on {self.wheels} wheels"


machine = Machine("cart", 4)
print(vars(machine))
print(machine.describe("a"))
print(sys.getrefcount(machine))
print(super(Machine, machine).describe("via explicit super:"))
