# Bound methods stored in a container each hold self.
import sys

class K:
    def go(self):
        return "go"

k = K()
handlers = [k.go, k.go, k.go]
print("three bound methods:", sys.getrefcount(k))
print(handlers[0]())
handlers.pop()
print("after pop:", sys.getrefcount(k))
del handlers
print("after del:", sys.getrefcount(k))
