# A base that is not a class: its type is the metaclass, called with (name, bases, namespace) once the body has run
class Animal:
    pass
a = Animal()
try:
    class Dog(a):
        print("body runs")
except TypeError as e:
    print(e)
class Takes:
    def __init__(self, name, bases, ns):
        print("Takes init", name, bases[0] is t, sorted(k for k in ns if not k.startswith("__")))
t = Takes.__new__(Takes)
class Made(t):
    x = 1
print(type(Made).__name__)
try:
    class Bad(1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(len): pass
except TypeError as e:
    print(e)
try:
    class Bad3(object, 1): pass
except TypeError as e:
    print(e)
try:
    class Bad4(1, object): pass
except TypeError as e:
    print(e)
try:
    class Bad6("s"): pass
except TypeError as e:
    print(e)
try:
    class Bad7(None): pass
except TypeError as e:
    print(e)
try:
    class Bad8(bool): pass
except TypeError as e:
    print(e)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
