# repr of a code object: its name, the file it came from and its first line
def f():
    pass
class C:
    def m(self): pass
g = lambda: 0
def outer():
    def inner(): pass
    return inner
for fn in (f, C.m, g, outer(), outer):
    text = repr(fn.__code__)
    print(text.split(" at 0x")[0], text.split(", ")[1].startswith('file "'), text.split(", ")[-1])
print(str(f.__code__) == repr(f.__code__))
