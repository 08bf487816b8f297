# Weakly linked registries, slotted linked lists, shared nonlocal counters with defaults, and stored IndexErrors
import sys, gc, weakref
class Node:
    __slots__ = ('val', 'next', '__weakref__')
    def __init__(self, v, n=None):
        self.val = v; self.next = n
head = None
for i in range(5):
    head = Node(i, head)
refs = [weakref.ref(n) for n in (head, head.next)]
print(sys.getsizeof(head), [r() is not None for r in refs])
head = head.next.next
print([r() is not None for r in refs])
class Registry:
    instances = weakref.WeakValueDictionary()
    all = []
    def __init__(self, key):
        Registry.instances[key] = self
        Registry.all.append(weakref.ref(self, lambda r: print('gone', key)))
a = Registry('a'); b = Registry('b')
print(sorted(Registry.instances.keys()))
del a
print(sorted(Registry.instances.keys()), len(Registry.all))
b.me = b
del b
print(sorted(Registry.instances.keys()))
print(gc.collect())
print(sorted(Registry.instances.keys()))
funcs = {}
for name in ('x', 'y'):
    funcs[name] = lambda: name
print({k: f() for k, f in funcs.items()})
def outer():
    counter = 0
    handlers = []
    for i in range(3):
        def h(i=i):
            nonlocal counter
            counter += i
            return counter
        handlers.append(h)
    return handlers
hs = outer()
print([h() for h in hs], hs[0].__closure__[0].cell_contents, sys.getrefcount(hs[0].__closure__[0]))
del hs
d = {k: v for k, v in zip('abc', [[]] * 3)}
print(sys.getrefcount(d['a']), d['a'] is d['c'], sys.getsizeof(d))
x = [[]] * 3
print(sys.getrefcount(x[0]))
exc_list = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        exc_list.append(e)
print([str(e) for e in exc_list], sum(1 for e in exc_list if e.__traceback__))
print(gc.is_tracked(exc_list[0]), sys.getsizeof(exc_list[0]), sys.getsizeof(exc_list[0].__traceback__))
