#| title: A frame comes and goes
#| panels: source, heap
import sys

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "freed")

def use(item):
    print("refcount inside the call:", sys.getrefcount(item))
    scratch = Item("scratch")
    note = Item("note")
    print("returning")

shared = Item("shared")
print("refcount at module level:", sys.getrefcount(shared))
use(shared)
print("back at module level:", sys.getrefcount(shared))
