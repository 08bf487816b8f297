# linked list __contains__ recursing through `in`
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt
    def __contains__(self, v):
        return self.val == v or (self.next is not None and v in self.next)
head = None
for i in range(600):
    head = Node(i, head)
print(0 in head, 599 in head, -1 in head)
