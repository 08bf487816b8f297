# dict.items(), enumerate and zip refill one result tuple while nothing else holds it, keeping the last items alive
import sys

class Value:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

d = {"a": Value("a"), "b": Value("b")}
for key, value in d.items():
    print("items:", key, sys.getrefcount(value))
print("after the loop:", sys.getrefcount(d["b"]))

things = [Value("x"), Value("y")]
for index, thing in enumerate(things):
    print("enumerate:", index, sys.getrefcount(thing))
for left, right in zip(things, reversed(things)):
    print("zip:", left.name, right.name, sys.getrefcount(left))

kept = []
for pair in d.items():
    kept.append(pair)
print("kept pairs are distinct:", kept[0] is not kept[1], sys.getrefcount(kept[0]))

it = enumerate(things)
first = next(it)
second = next(it)
print("first is reused?", first is second)
del first
print("done with first")
del d["a"]
print("deleted a from the dict")
del kept
print("kept cleared")
del it, second
print("iterator gone")
