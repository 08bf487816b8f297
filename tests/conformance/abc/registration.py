# ABCMeta.register: virtual subclasses in isinstance/issubclass, as a decorator, the cache token, and what registration keeps alive.
import abc
import sys
from abc import ABC, ABCMeta

class Drawable(ABC):
    pass

class Circle:
    pass

token = abc.get_cache_token()
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
r = Drawable.register(Circle)
print(r is Circle, abc.get_cache_token() - token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable in Circle.__mro__)

@Drawable.register
class Sprite:
    pass
print(Sprite.__name__, issubclass(Sprite, Drawable), abc.get_cache_token() - token)

class BigCircle(Circle):
    pass
print(issubclass(BigCircle, Drawable), isinstance(BigCircle(), Drawable))
print(Drawable.register(BigCircle) is BigCircle, abc.get_cache_token() - token)

Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable))
print(issubclass(Drawable, Drawable), Drawable.register(Drawable) is Drawable, abc.get_cache_token() - token)

class Sub(Drawable):
    pass
print(issubclass(Sub, Drawable), isinstance(Sub(), Drawable), issubclass(Circle, Sub))

registry, cache, negative, version = Drawable._get_dump() if hasattr(Drawable, "_get_dump") else abc._get_dump(Drawable)
print(len(registry), len(cache), len(negative), version - token)
Drawable._abc_caches_clear()
print([len(x) for x in abc._get_dump(Drawable)[:3]])
Drawable._abc_registry_clear()
print([len(x) for x in abc._get_dump(Drawable)[:3]], issubclass(Circle, Drawable), isinstance(3, Drawable))

class Plain:
    pass
before = sys.getrefcount(Plain)
Drawable.register(Plain)
print(sys.getrefcount(Plain) - before)
