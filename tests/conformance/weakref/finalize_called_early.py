# A finalize object can be called early; then it does not run again when the object dies.
import weakref

class Resource:
    pass

r = Resource()
f = weakref.finalize(r, print, "cleanup ran")
print("calling now")
print("result:", f())
print("alive:", f.alive)
del r
print("done")
