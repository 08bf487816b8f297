# Only instances whose class gives them a __weakref__ slot can be weakly referenced
import weakref

class Slotted:
    __slots__ = ("value",)

class SlottedWithRef:
    __slots__ = ("value", "__weakref__")

class Plain(Slotted):
    pass

class MyError(Exception):
    pass

for make in (Slotted, SlottedWithRef, Plain, MyError, ValueError, object):
    try:
        target = make()
        ref = weakref.ref(target)
        print(make.__name__, "weakref ok", ref() is target)
    except TypeError as error:
        print(make.__name__, "->", error)

print(type(iter("abc")).__name__, type(iter("café")).__name__)
try:
    s = {1}
    s *= "x"
except TypeError as error:
    print(error)
try:
    del undefined_thing
except NameError as error:
    print(error)
