# Recursion through a builtin (str(self) inside __str__) ends in a RecursionError the program can catch, with its frames
class S:
    def __str__(self):
        return str(self)
def go():
    return str(S())
try:
    go()
except RecursionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e).__name__, names[:3], set(names[2:]), len(names) > 100)
print("the program goes on")
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
chain = None
for i in range(100):
    chain = Node(chain)
print(len(repr(chain)))
