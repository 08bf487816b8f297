# a linked list's recursive __len__, __repr__ and __str__ on long lists, at and just past the depths a limit of 150 allows
import sys
sys.setrecursionlimit(150)
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __len__(self):
        return 1 + (len(self.next) if self.next is not None else 0)
    def __repr__(self):
        return f"Node({self.value!r}, {self.next!r})"
    def __str__(self):
        rest = "" if self.next is None else " -> " + str(self.next)
        return f"{self.value}{rest}"
def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
for n in (10, 73, 74, 75, 148, 149, 150):
    head = build(n)
    for name, op in (("len", len), ("repr", repr), ("str", str), ("fstr", lambda h: f"{h}")):
        try:
            r = op(head)
            print(n, name, r if isinstance(r, int) else len(r))
        except RecursionError as e:
            print(n, name, "RecursionError", e)
