# Private names: __x in a class body is _Class__x for attributes, methods, class attributes, parameters, nested classes and __slots__; not across subclasses.
class Account:
    __rate = 0.05
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
    def __log(self, msg):
        return f"{self.owner}: {msg}"
    def deposit(self, n):
        self.__balance += n
        return self.__log(f"+{n}")
    def rate(self):
        return Account.__rate
a = Account("ann")
print(a.deposit(5), a._Account__balance, a.rate(), sorted(vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a, "_Account__log"), "_Account__rate" in Account.__dict__, Account._Account__log.__name__, Account._Account__log.__qualname__)
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"no: {e}"
print(Sub("bob").peek())
class _Under:
    def __init__(self): self.__x = 1
print(vars(_Under()))
class Outer:
    class __Inner:
        def __init__(self): self.__v = 2
    def make(self): return self.__Inner()
o = Outer().make()
print(type(o).__name__, type(o).__qualname__, vars(o), hasattr(Outer, "_Outer__Inner"))
def f(__x): return __x
print(f(3))
class K:
    def m(self, __p, *, __k=1): return __p + __k
    def call(self): return self.m(1, _K__k=2)
print(K().call())
class Slots:
    __slots__ = ("__s", "plain")
    def __init__(self): self.__s = 1; self.plain = 2
print(Slots()._Slots__s, sorted(Slots.__slots__))
