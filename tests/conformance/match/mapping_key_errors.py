# Errors while matching mapping patterns: duplicate keys found at run time, a failing get(), a missing get().
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"

class Holder:
    one = Key(1)
    also_one = Key(1)

try:
    match {Key(1): "x", Key(2): "y"}:
        case {Holder.one: a, Holder.also_one: b}:
            print("no")
except ValueError as e:
    print("ValueError:", e)

class Angry(dict):
    def get(self, key, default=None):
        raise KeyError("no get for " + repr(key))

try:
    match Angry(a=1):
        case {"a": v}:
            print("no")
except KeyError as e:
    print("KeyError:", e)

match Angry():
    case {}:
        print("empty pattern never calls get")

def unhashable():
    match {"k": 1}:
        case {Holder.bad: v}:
            pass
Holder.bad = []
try:
    unhashable()
except TypeError as e:
    print("TypeError:", e)
