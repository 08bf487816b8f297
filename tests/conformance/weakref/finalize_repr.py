# repr of weakref.finalize names the type of the object it is for while it is alive, and says "dead" after it ran.
import weakref


class Resource:
    pass


r = Resource()
f = weakref.finalize(r, print, "closing")
print(repr(f).split(";")[1].split(" at ")[0])
f()
print(repr(f).endswith("; dead>"))
s = Resource()
g = weakref.finalize(s, print, "second")
g.detach()
print(repr(g).endswith("; dead>"))
t = Resource()
h = weakref.finalize(t, print, "third")
del t
print(repr(h).endswith("; dead>"))
