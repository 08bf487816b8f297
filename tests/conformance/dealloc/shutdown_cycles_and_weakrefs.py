# Objects still alive at exit: a cycle, a weakref with a callback, and one created before the others but
# bound to a later name. The final collection finalizes them in its own order.
import weakref

log = []

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name, len(log))

early = Node("early")
a = Node("a")
b = Node("b")
a.other = b
b.other = a
watched = Node("watched")
ref = weakref.ref(watched, lambda r: print("callback, log has", len(log)))
late_name = early
del early
log.append("done")
print("exit now")
