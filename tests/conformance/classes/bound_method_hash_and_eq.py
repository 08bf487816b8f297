# Bound methods hash and compare as their function and object: a.m is a dict key and set member that a.m finds again (method_hash, meth_hash).
class A:
    def m(self): pass
a = A()
d = {a.m: 1}
print(d[a.m], a.m in {a.m}, len({a.m, a.m, A().m}))
print(hash(a.m) == hash(a.m), hash(a.m) == hash(a) ^ hash(A.m) if False else "")
print([].append == [].append, (x := []).append == x.append, {x.append: 1}.get(x.append))
handlers = {}
class Button:
    def click(self): return "clicked"
b = Button()
handlers[b.click] = "on click"
print(handlers.get(b.click), b.click in handlers, Button().click in handlers)
callbacks = [b.click]
callbacks.remove(b.click)
print(callbacks)
