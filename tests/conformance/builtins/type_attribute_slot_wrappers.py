# type has its own __setattr__, __delattr__ and __getattribute__ slot wrappers (for classes only); object's refuse a class (hackcheck); slot wrappers take no keywords
import weakref


class Plain:
    pass


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


instance = Plain()
proxy = weakref.proxy(instance)
attempts = [
    lambda: type.__setattr__(instance, "x", 1),
    lambda: type.__delattr__(instance, "x"),
    lambda: type.__getattribute__(instance, "x"),
    lambda: type.__setattr__(instance, 1),
    lambda: object.__setattr__(Plain, "y", 1),
    lambda: object.__delattr__(int, 1),
    lambda: object.__setattr__(WithMeta, "x", 1),
    lambda: object.__setattr__(WithMeta, "x"),
    lambda: object.__setattr__(proxy, "x", 1),
    lambda: object.__delattr__(proxy, "x"),
    lambda: type.__setattr__(int, "x", 1),
    lambda: type.__setattr__(WithMeta, 1, 1),
    lambda: type.__delattr__(WithMeta, "missing"),
    lambda: type.__getattribute__(WithMeta, "missing"),
    lambda: object.__getattribute__(WithMeta, "missing"),
    lambda: [].__len__(x=1),
    lambda: list.__len__([], x=1),
    lambda: list.__len__(1, x=1),
    lambda: object().__eq__(1, x=2),
    lambda: int.__add__(1, 2, x=1),
    lambda: object.__setattr__(instance, "a", 1, x=1),
    lambda: list.append.__get__(x=1),
    lambda: list.append.__get__(),
    lambda: list.append.__get__(None),
    lambda: list.append.__get__(1),
    lambda: type(list.append).__get__(1, 2),
    lambda: [].append.__get__,
]
for attempt in attempts:
    try:
        print("ok", attempt())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
type.__setattr__(WithMeta, "q", 5)
print(WithMeta.q, type.__getattribute__(WithMeta, "q"), object.__getattribute__(WithMeta, "__name__"))
type.__delattr__(WithMeta, "q")
print(hasattr(WithMeta, "q"), instance.__dict__)
print(type.__setattr__, type.__dict__["__delattr__"], type.__getattribute__, object.__setattr__)
print([name for name in ("__setattr__", "__delattr__", "__getattribute__") if name in vars(type)])
