# A bound method looks up what its type lacks on its function, whose AttributeError (and suggestion) it is
import types


class Greeter:
    def hello(self):
        return "hi"

    @classmethod
    def make(cls):
        return cls()


hello = Greeter().hello
for obj in (hello, Greeter.make, types.MethodType(len, [1]), [].append, Greeter.hello):
    try:
        obj.missing
    except AttributeError as e:
        print(e, "| obj:", type(e.obj).__name__, "| name:", e.name)
print(hasattr(hello, "missing"), getattr(hello, "missing", "default"))
Greeter.hello.note = "on the function"
print(hello.note, hello.__func__.note, hello.__name__)
Greeter().hello.__nam__
