# Recursion through class calls: each level is a type call and an __init__ frame, which count twice toward the limit.
import sys

deepest = 0

class Chain:
    def __init__(self, n):
        global deepest
        deepest = n
        self.next = Chain(n + 1)

class Mixed:
    def __init__(self, n):
        global deepest
        deepest = n
        self.inner = make(n + 1)

def make(n):
    return Mixed(n)

def deepest_reached(start, label):
    global deepest
    deepest = 0
    try:
        start(0)
    except RecursionError as e:
        print(label, "caught:", e)
    print(label, "deepest:", deepest)

deepest_reached(Chain, "chain")

def nested(levels):
    # One more plain frame moves where the limit is reached: at the type call or at the __init__ frame.
    if levels:
        nested(levels - 1)
    else:
        deepest_reached(Chain, "nested chain")

nested(1)
nested(2)
sys.setrecursionlimit(101)
deepest_reached(Chain, "chain at 101")
sys.setrecursionlimit(100)
deepest_reached(Chain, "chain at 100")
deepest_reached(make, "mixed")

class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for _ in range(2)] if depth else []

t = Tree(5)
print(sys.getrefcount(t), len(t.children), sys.getrefcount(t.children[0]))
