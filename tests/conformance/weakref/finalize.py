# weakref.finalize calls a function when the object dies, without keeping it alive.
import weakref

class Resource:
    pass

def release(name):
    print("released", name)

r = Resource()
f = weakref.finalize(r, release, "r")
print("alive:", f.alive)
del r
print("alive after del:", f.alive)
print("calling again returns:", f())
