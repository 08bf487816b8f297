// contextlib, part one: the context managers of 3.11's Lib/contextlib.py (contextmanager's generator-based
// manager, closing, nullcontext, suppress, redirect_stdout/redirect_stderr), written from its documented
// behaviour. pymem runs this Python at import (contextlib-module.ts), so a `with` over one of them makes the
// instances, bound methods, argument tuples and frames CPython's does, holding the same references at the
// same moments: a method's parameters and locals, its attribute stores and their order are kept as they are
// there, since a generator's code or a `__del__` running inside one of them can observe them.
export const CONTEXTLIB_MANAGERS_SOURCE = String.raw`
import abc
import sys
from functools import wraps


def _check_methods(C, *methods):
    # _collections_abc._check_methods: every method is defined somewhere on C's MRO, and not set to None.
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """A base for context managers: __enter__ gives the manager itself."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _check_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    """Lets a context manager decorate a function: each call runs inside a with of the manager."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What contextmanager's managers share."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # An instance documents itself with the generator function's docstring, else its class's.
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # One manager serves one with: a decorated function gets a fresh one on every call.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The function and its arguments were kept only to recreate the manager; entering ends that.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    self.gen.close()
        else:
            if value is None:
                # An instance is needed to tell the exception thrown in from one the generator raised.
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                # The generator finished: suppressed, unless the with body's own StopIteration came back.
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                # A StopIteration thrown in that PEP 479 turned into a RuntimeError is the body's exception.
                if (
                    isinstance(value, StopIteration)
                    and exc.__cause__ is value
                ):
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                # The exception thrown in came back out: __exit__ answers "not handled" rather than raising
                # it, with the traceback it had.
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            try:
                raise RuntimeError("generator didn't stop after throw()")
            finally:
                self.gen.close()


def contextmanager(func):
    """Makes a generator function into a factory of context managers (@contextmanager)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """Calls thing.close() when the with ends."""
    def __init__(self, thing):
        self.thing = thing
    def __enter__(self):
        return self.thing
    def __exit__(self, *exc_info):
        self.thing.close()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack of the streams replaced, so that one manager can be entered again while in use.
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file-like object for the with."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file-like object for the with."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exceptions (and their subclasses) raised in the with."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # issubclass, not the except clause's matching: a class's __subclasscheck__ counts here.
        return exctype is not None and issubclass(exctype, self._exceptions)
`;
