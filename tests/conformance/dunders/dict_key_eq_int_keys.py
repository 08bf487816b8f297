# An instance whose hash equals an int's meets int keys only through __eq__: int.__eq__ says NotImplemented, so the instance's own __eq__ is asked, reflected.
class One:
    def __init__(self, answer):
        self.answer = answer
    def __hash__(self):
        return 1
    def __eq__(self, other):
        print(f"  One.__eq__({other!r}) -> {self.answer}")
        return self.answer
    def __repr__(self):
        return "One"

class Plain:
    def __hash__(self):
        return 1
    def __repr__(self):
        return "Plain"

yes, no, maybe = One(True), One(False), One(NotImplemented)
print(yes in {1: "a"}, no in {1: "a"}, maybe in {1: "a"})
print(1 in {yes: 0}, True in {yes: 0}, 1.0 in {yes: 0}, 2 in {yes: 0})
print(1 in {no: 0}, 1 in {maybe: 0}, Plain() in {1: 0}, 1 in {Plain(): 0})
d = {1: "int"}
d[yes] = "instance"
print(d)
e = {yes: "instance"}
e[1] = "int"
e[True] = "bool"
print(e)
s = {1, 2}
s.add(yes)
s.add(no)
print(len(s), yes in {1}, 1 in {yes}, no in {1})

class Sub(One):
    __hash__ = One.__hash__
    def __eq__(self, other):
        print(f"  Sub.__eq__({other!r})")
        return NotImplemented
    def __repr__(self):
        return "Sub"

print(Sub(True) in {yes: 0})
print(yes in {Sub(True): 0})
