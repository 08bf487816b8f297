# Exception types' layout members: BaseException's struct holds the __dict__ pointer; some subclasses add fields
def show(t):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


for t in [BaseException, Exception, ValueError, KeyError, StopIteration, SystemExit, NameError,
          UnboundLocalError, AttributeError, ImportError, ModuleNotFoundError, OSError,
          FileNotFoundError, SyntaxError, IndentationError, UnicodeDecodeError, ExceptionGroup]:
    show(t)


class AppError(Exception):
    pass


class DetailedError(AppError):
    __slots__ = ("code",)


class SlotError(ValueError):
    __slots__ = ("a", "b", "__weakref__")


class Missing(OSError):
    pass


for t in [AppError, DetailedError, SlotError, Missing]:
    show(t)
import sys
print(sys.getsizeof(AppError()) - 16 == AppError.__basicsize__)
print(sys.getsizeof(Missing()) - 16 == Missing.__basicsize__)
