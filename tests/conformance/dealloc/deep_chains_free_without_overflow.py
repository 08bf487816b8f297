# A linked list or nested containers a thousand and more deep are freed by one del: the trashcan keeps deallocation from nesting past 50 levels
class Node:
    __slots__ = ("value", "next")
    def __del__(self):
        if self.value % 500 == 0:
            print("node", self.value, "freed")
head = None
for i in range(1200): node = Node(); node.value = i; node.next = head; head = node
del node
print("list built")
del head
print("linked list freed")
nested = []
for i in range(1200): nested = [nested]
nested = None
print("nested lists freed")
