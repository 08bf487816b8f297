# subclassing ExceptionGroup: split uses derive, which builds a plain group unless the subclass overrides it
class Plain(ExceptionGroup):
    pass
class Kept(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def derive(self, excs):
        return Kept(self.message, excs, self.code)
p = Plain("p", [ValueError(1), TypeError(2)])
print(type(p.split(ValueError)[0]).__name__, type(p.subgroup(lambda e: True)).__name__)
k = Kept("k", [ValueError(1), TypeError(2)], 42)
m, r = k.split(ValueError)
print(type(m).__name__, m.code, repr(m.exceptions), type(r).__name__, r.code)
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 3
try:
    Bad("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
class MyBase(BaseExceptionGroup):
    pass
print(type(MyBase("x", [ValueError()])).__name__, type(MyBase("x", [KeyboardInterrupt()])).__name__)
try:
    Plain("p", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
print(repr(ExceptionGroup("e", [ValueError()]).derive([TypeError()])))
