# an uncaught RecursionError from a long linked list's __repr__
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value}, {self.next!r})"
head = None
for i in range(1000):
    head = Node(i, head)
print(head)
