# staticmethod objects are callable (3.10+), classmethod and property objects are not; their reprs name what they wrap
sm = staticmethod(lambda x: x * 2)
print(callable(sm), sm(21))
cm = classmethod(lambda cls: cls)
print(callable(cm))
class K:
    helpers = {"double": sm}
    def use(self):
        return self.helpers["double"](5)
print(K().use())
wrapped = staticmethod(len)
print(wrapped("abcd"), callable(wrapped), callable(property()), callable(K.__dict__["use"]))
try:
    cm(1)
except TypeError as e:
    print("TypeError:", e)
try:
    property()(1)
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod(None)()
except TypeError as e:
    print("TypeError:", e)
def kw(a, *, b): return a + b
print(staticmethod(kw)(1, b=2))
print(repr(staticmethod(len)), repr(classmethod(len)))
print(repr(staticmethod(f)).split(" at ")[0], repr(classmethod(f)).split(" at ")[0])
import abc
print(repr(abc.abstractstaticmethod(f)).split(" at ")[0], repr(property(f)).split(" at ")[0])
class C:
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(repr(C.__dict__["s"]).split(" at ")[0], repr(vars(C)["c"]).split(" at ")[0])
print(str(staticmethod(len)), f"{classmethod(len)}")
staticmethod(kw)(1, 2)
