#| title: __del__ order
#| panels: source, heap
import weakref

class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

class Machine(Part):
    def __init__(self, name):
        super().__init__(name)
        self.engine = Part("engine")
        self.wheel = Part("wheel")

machine = Machine("machine")
first_ref = weakref.ref(machine, lambda ref: print("callback of the first weakref"))
second_ref = weakref.ref(machine, lambda ref: print("callback of the second weakref"))
del machine
print("done")
