// The Python half of the abc module: ABCMeta is a Python subclass of type whose methods hand each class to
// the _abc helpers (abc-natives.ts), as 3.11's Lib/abc.py does when the C accelerator is there, so defining an
// abstract class runs a Python __new__ (its **kwargs dict, its super() object, the packed call to
// type.__new__) before _abc_init. update_abstractmethods is Python too. The deprecated abstractclassmethod,
// abstractstaticmethod and abstractproperty are native (abc-decorators.ts), as pymem cannot subclass
// classmethod, staticmethod or property in Python.
export const ABC_SOURCE = `
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative!r}", file=file)
        print(f"_abc_negative_cache_version: {version!r}", file=file)

    def _abc_registry_clear(cls):
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        _reset_caches(cls)


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
`;
