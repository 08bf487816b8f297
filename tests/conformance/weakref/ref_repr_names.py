# a weakref's repr names its referent's type and, when the type gives one, its __name__
import sys
import weakref

class Widget:
    def method(self):
        pass

class Named:
    __name__ = "custom name"

def function():
    pass

def generator():
    yield 1

def describe(r):
    text = repr(r)
    # "<weakref at 0x...; to 'type' at 0x... (Widget)>" without the addresses
    kind = text.split("; to ")[1].split(" at ")[0] if "; to " in text else "dead"
    name = text[text.index(" (") + 2:-2] if text.endswith(")>") else None
    return kind, name

keep = [Widget, function, len, sys, Widget().method, Named(), generator(), {1}, Widget(), lambda: 0, [].append]
for obj in keep:
    print(describe(weakref.ref(obj)))
w = Widget()
r = weakref.ref(w)
del w
print(describe(r), repr(r).endswith("; dead>"))
function.__name__ = "renamed"
print(describe(weakref.ref(function)))
