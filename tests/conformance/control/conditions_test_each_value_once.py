# Conditions compiled as jumps: each operand's __bool__ runs once, in CPython's order
class T:
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __bool__(self):
        print("  bool", self.name)
        return self.v
    def __lt__(self, other):
        print("  lt", self.name, other.name)
        return T(self.name + "<" + other.name, self.v and other.v)

a, b, c = T("a", False), T("b", True), T("c", True)
for label, test in [("and", lambda: a and b), ("or", lambda: b or a)]:
    print(label, bool(test()))
print("if a and b")
if a and b:
    print("yes")
print("if b or a")
if b or a:
    print("yes")
print("if not (a or b)")
if not (a or b):
    print("yes")
print("if (a and b) or (b and c)")
if (a and b) or (b and c):
    print("yes")
print("if a or b and c")
if a or b and c:
    print("yes")
print("while b and not a")
n = 0
while b and not a:
    n += 1
    if n == 2:
        break
print("chain b < c < b")
if b < c < b:
    print("yes")
print("chain a < b < c")
if a < b < c:
    print("yes")
print("ifexp in test")
if (b if a else c):
    print("yes")
print("comprehension filter")
print([x.name for x in (a, b, c) if x and x])
print("assert")
assert b and c, "never"
print("conditional expression")
print("x" if a or c else "y")
try:
    assert a or (b and a), "failed"
except AssertionError as e:
    print("AssertionError", e)
