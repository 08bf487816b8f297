# observer pattern with WeakSet, WeakMethod and weakref callbacks
import gc, sys, weakref

class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
        self.methods = []
    def attach(self, obs):
        self.observers.add(obs)
    def subscribe(self, bound):
        self.methods.append(weakref.WeakMethod(bound, self._dead))
    def _dead(self, wm):
        print("  a method subscriber died")
        self.methods.remove(wm)
    def notify(self, event):
        for obs in sorted(self.observers, key=lambda o: o.name):
            obs.update(event)
        for wm in list(self.methods):
            m = wm()
            if m is not None:
                m(event)

class Observer:
    def __init__(self, name):
        self.name = name
    def update(self, event):
        print(f"  {self.name} got {event}")
    def on_event(self, event):
        print(f"  {self.name}.on_event {event}")
    def __del__(self):
        print("  del", self.name)

gc.collect()
s = Subject()
a, b, c = Observer("a"), Observer("b"), Observer("c")
for o in (a, b, c):
    s.attach(o)
s.subscribe(b.on_event)
s.subscribe(c.on_event)
print("len", len(s.observers), "refcount b", sys.getrefcount(b))
s.notify("start")
del b
print("after del b, len", len(s.observers), "methods", len(s.methods))
s.notify("middle")
a.friend = a
del a
print("a is in a cycle, len", len(s.observers))
print("collect:", gc.collect())
print("len", len(s.observers))
s.notify("end")
del c
print("methods left", len(s.methods))
