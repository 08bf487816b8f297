# Rebinding a nonlocal changes what the cell holds; the old value is released.
import sys

class Tag:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("free", self.name)

def counter():
    current = Tag("first")
    def swap(name):
        nonlocal current
        current = Tag(name)
        return current
    return swap

swap = counter()
now = swap("second")
print("held by cell and global:", sys.getrefcount(now))
now = None
swap("third")
print("done")
del swap
print("end")
