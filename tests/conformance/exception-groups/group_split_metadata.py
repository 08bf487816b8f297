# split copies the traceback, cause, context and a copy of the notes to each part
g = ExceptionGroup("s", [ValueError(1), TypeError(2)])
g.add_note("first note")
g.__cause__ = KeyError("cause")
try:
    raise g
except ExceptionGroup:
    pass
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), part.__notes__, part.__notes__ is g.__notes__, repr(part.__cause__), part.__suppress_context__, part.__traceback__ is g.__traceback__)
m.add_note("only on m")
print(g.__notes__, m.__notes__, r.__notes__)
h = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
a, b = h.split(TypeError)
print(a.__traceback__, a.__cause__, a.__context__, a.__suppress_context__, hasattr(a, "__notes__"))
