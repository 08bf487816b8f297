# ordering comparisons of lists and tuples answer with the differing items' comparison, whatever it returns
import sys
class A:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return "gt"
class B:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return ("lt", self.v, o.v)
    def __eq__(self, o): return self.v == o.v
print([A()] < [A()], (A(),) < (A(),))
print([B(1), B(2)] < [B(1), B(3)], (B(1), B(2)) <= (B(1), B(5)))
print([B(1)] < [B(1), B(0)], [1, 2] < [1, 2, 3], (1, 2) >= (1, 2))
print([[1, B(2)]] < [[1, B(4)]])
try:
    print([object()] < [object()])
except TypeError as e:
    print("TypeError", e)
if [B(1), B(2)] < [B(1), B(3)]:
    print("truthy")
print(sorted([[B(2)], [B(1)]], key=lambda l: l[0].v)[0][0].v)
def probe(test):
    depth = 0
    def f():
        nonlocal depth
        depth += 1
        if test():
            return f()
    try:
        f()
    except RecursionError as e:
        return depth, str(e)
print(probe(lambda: [1, 2] < [1, 3]))
print(probe(lambda: (1, 2) == (1, 2.0)))
print(probe(lambda: ["a"] != ["b"]))
