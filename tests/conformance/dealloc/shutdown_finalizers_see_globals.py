# At exit __main__ leaves sys.modules and the final collection reclaims its globals with everything they
# hold: finalizers run first, in the collector's order, while every global (functions, names) is intact.
import sys

def announce(what):
    print("goodbye", what, greeting, sys is None)

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        announce(self.name)

greeting = "hi"
first = Res("first")
_private = Res("private")
second = Res("second")
print("end of program")
