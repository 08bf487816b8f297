# message, exceptions (a tuple), args, str and repr, read-only fields, __class_getitem__
l = [ValueError(1), TypeError(2)]
g = ExceptionGroup("two", l)
print(g.message, g.exceptions, g.args[1] is l, type(g.exceptions).__name__)
print(str(g), repr(g))
print(str(ExceptionGroup("one", (KeyError("k"),))))
for name in ("message", "exceptions"):
    try:
        setattr(g, name, None)
    except AttributeError as e:
        print(name, e)
    try:
        delattr(g, name)
    except AttributeError as e:
        print(name, e)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
print(ExceptionGroup.__mro__)
print(isinstance(g, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
g.note = "x"
print(g.note, g.__dict__)
