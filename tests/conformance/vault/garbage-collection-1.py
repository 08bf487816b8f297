#| title: A reference cycle
#| layout: vertical
#| panels: source, heap, gc
#| max-steps: 5000
import gc

class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None

alice = Person("Alice")
bob = Person("Bob")
alice.friend = bob
bob.friend = alice
del alice
del bob
print("collected:", gc.collect())
print("nothing left to collect:", gc.collect())
