# Garbage collection around matches: cycles captured by patterns are collected once the names go; gc counts match.
import gc

class Node:
    __match_args__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

gc.collect()
a = Node(1)
b = Node(2, a)
a.next = b
match a:
    case Node(1, Node(2, back)) if back is a:
        found = True
del a, b
print("still reachable through back:", back.value)
del back
n = gc.collect()
print("collected:", n)

gc.disable()
before = gc.get_count()[0]
for i in range(5):
    match {"k": [i]}:
        case {"k": [v]}:
            pass
after = gc.get_count()[0]
gc.enable()
print("allocations counted:", after - before)

cycle = []
cycle.append(cycle)
match cycle:
    case [[inner]] if inner is cycle:
        print("self-containing list matched")
del cycle, inner
print("collected again:", gc.collect())
