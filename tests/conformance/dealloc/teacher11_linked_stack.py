# a teacher's stack and queue built from nodes: sizes, refcounts, __del__ order and gc counts at each step
import sys, gc
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class Stack:
    def __init__(self):
        self.top = None
        self.size = 0
    def push(self, v):
        self.top = Node(v, self.top)
        self.size += 1
    def pop(self):
        node = self.top
        self.top = node.next
        self.size -= 1
        return node.value
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.top
        while n:
            yield n.value
            n = n.next
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("bye", self.n)
    def __repr__(self):
        return f"Loud({self.n})"
gc.collect()
s = Stack()
print(sys.getsizeof(s), sys.getsizeof(s.__dict__), sys.getsizeof(Node(1)))
for i in range(4):
    s.push(Loud(i))
print(len(s), list(s))
top = s.pop()
print("popped", top, sys.getrefcount(top))
del top
it = iter(s)
first = next(it)
print("iterating", first, sys.getrefcount(first))
del first
del it
print("dropping stack")
s = None
print(gc.collect())
q = []
for i in range(3):
    q.append(Loud(10 + i))
print(sys.getsizeof(q))
q.pop(0)
print(sys.getsizeof(q))
q.insert(0, Loud(99))
print([x.n for x in q], sys.getsizeof(q))
q.reverse()
print([x.n for x in q])
q.sort(key=lambda x: x.n)
print([x.n for x in q])
del q[:]
print("cleared", sys.getsizeof(q))
