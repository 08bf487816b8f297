# When subjects and captured values die: a temporary subject dies when the last case consumed it, captures keep parts alive.
class Noisy:
    __match_args__ = ("name", "part")
    def __init__(self, name, part=None):
        self.name = name
        self.part = part
    def __del__(self):
        print("del", self.name)

def make(name, part=None):
    return Noisy(name, part)

print("-- one case, no capture: the subject dies inside MATCH_CLASS's cleanup")
match make("a"):
    case Noisy():
        print("matched a")
print("after match a")

print("-- a copy for every case but the last")
match make("b"):
    case 1:
        print("no")
    case [x]:
        print("no")
    case Noisy(name="zzz"):
        print("no")
print("after match b")

print("-- capture keeps the part alive")
match make("c", make("c.part")):
    case Noisy(_, part):
        print("got", part.name)
print("subject gone, part alive:", part.name)
del part
print("-- rebinding a capture releases the old value after the new one is stored")
cap = make("old")
match [make("new")]:
    case [cap]:
        print("captured", cap.name)
print("-- guard fails but the names stay bound")
match [make("g")]:
    case [g] if g.name == "nope":
        print("no")
    case _:
        print("default, g is", g.name)
del g
print("-- or-pattern alternatives")
match (make("p"), 2):
    case (1, v) | (v, 2):
        print("v is", v.name)
del v
del cap
print("end")
