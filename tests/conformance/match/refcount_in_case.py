# sys.getrefcount inside case bodies: captured values, the subject copy gone after the case, class attributes tuples.
import sys

class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content

payload = object()
box = Box(payload)
print("start:", sys.getrefcount(box), sys.getrefcount(payload))
match box:
    case Box(content):
        print("class case:", sys.getrefcount(box), sys.getrefcount(payload), content is payload)
print("after:", sys.getrefcount(box), sys.getrefcount(payload))
del content

seq = [payload, payload]
match seq:
    case 1:
        pass
    case [p, q]:
        print("sequence case:", sys.getrefcount(seq), sys.getrefcount(payload))
print("after sequence:", sys.getrefcount(seq), sys.getrefcount(payload))
del p, q

m = {"k": payload}
match m:
    case {"k": v} as whole:
        print("mapping case:", sys.getrefcount(m), sys.getrefcount(payload), whole is m)
del v, whole

def in_function(obj):
    match obj:
        case Box(inner) if sys.getrefcount(inner) > 1:
            print("guard and body:", sys.getrefcount(obj), sys.getrefcount(inner))
    print("end of function:", sys.getrefcount(obj))

in_function(box)
print("final:", sys.getrefcount(box), sys.getrefcount(payload))
