// functools.cached_property as 3.11's Lib/functools.py has it, written from its documented behaviour and run
// at import (functools-module.ts), so reading one makes the frames, the instance-dict lookups and the cache
// entry CPython's Python code makes, with the same errors. Its lock is a stand-in for threading's RLock: a
// context manager whose instances, like _thread.RLock's, the collector does not track.
export const CACHED_PROPERTY_SOURCE = String.raw`
_NOT_FOUND = object()


class RLock:
    __slots__ = ()

    # _thread.RLock's methods are METH_VARARGS: a call packs its arguments in a tuple.
    def __enter__(self, *args):
        return True

    def __exit__(self, *args):
        return None


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            with self.lock:
                val = cache.get(self.attrname, _NOT_FOUND)
                if val is _NOT_FOUND:
                    val = self.func(instance)
                    try:
                        cache[self.attrname] = val
                    except TypeError:
                        msg = (
                            f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                            f"does not support item assignment for caching {self.attrname!r} property."
                        )
                        raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)
`;
