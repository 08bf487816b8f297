# A __del__ that raises while the program runs shows its source line; at shutdown, once modules are gone, it cannot.
class Box:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError("cannot close " + self.name)


first = Box("first")
del first
kept = Box("kept")
print("end of program")
