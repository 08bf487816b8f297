# doubly linked list with weakref back links: refcounts, deletion, gc
import sys, gc, weakref

class Node:
    __slots__ = ("value", "next", "_prev", "__weakref__")
    def __init__(self, value):
        self.value = value
        self.next = None
        self._prev = None
    @property
    def prev(self):
        return None if self._prev is None else self._prev()
    @prev.setter
    def prev(self, node):
        self._prev = None if node is None else weakref.ref(node)
    def __del__(self):
        print("del node", self.value)
    def __repr__(self):
        return f"Node({self.value!r})"

class DList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            node.prev = self.tail
            self.tail = node
        self.size += 1
        return node
    def remove(self, node):
        prev, nxt = node.prev, node.next
        if prev is None:
            self.head = nxt
        else:
            prev.next = nxt
        if nxt is None:
            self.tail = prev
        else:
            nxt.prev = prev
        node.next = None
        self.size -= 1
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def backwards(self):
        n = self.tail
        while n is not None:
            yield n.value
            n = n.prev

gc.collect()
dl = DList()
for word in ["alpha", "beta", "gamma", "delta"]:
    dl.append(word)
print(list(dl), list(dl.backwards()))
print("tracked node:", gc.is_tracked(dl.head), "size", sys.getsizeof(dl.head))
mid = dl.head.next
print("refcount of beta:", sys.getrefcount(mid))
print("weakrefs to beta:", weakref.getweakrefcount(mid))
dl.remove(mid)
print("removed, refcount:", sys.getrefcount(mid))
del mid
print(list(dl), list(dl.backwards()))
print("collect:", gc.collect())
r = weakref.ref(dl.tail)
dl.head = None
print("tail alive:", r() is not None)
dl.tail = None
print("tail alive:", r() is not None)
print("gc collect:", gc.collect())
print("end")
