# type.mro and type.__subclasses__ are type's method descriptors: unbound (type.mro(C), Meta.mro(D)) or bound to a class
class C: pass
class Meta(type): pass
class D(metaclass=Meta): pass
for f in [lambda: C.mro(1), lambda: type.mro(), lambda: type.mro(5), lambda: C.__subclasses__(1), lambda: D.mro(1), lambda: Meta.mro(1)]:
    try: print(f())
    except TypeError as e: print("TE", e)
print(type.mro, Meta.mro, type.__subclasses__)
print(type.mro(C), Meta.mro(D), type.__subclasses__(C), Meta.__subclasses__(D))
print(type.mro is type.__dict__['mro'], type.mro is Meta.mro)
class E(C): pass
print(type.__subclasses__(C), C.__subclasses__())
