# A subclass's __str__/__repr__ calling its builtin base's (super() or Base.__str__(self)) runs that class's own tp_str (BaseException_str, KeyError_str, OSError_str, ImportError_str, SyntaxError_str...); BaseException_str hands back the lone argument's str itself and ImportError_str its msg.
import sys

class Custom(Exception):
    def __str__(self):
        return "custom: " + super().__str__()
    def __repr__(self):
        return "Custom!" + super().__repr__()

class Missing(KeyError):
    def __str__(self):
        return "missing " + super().__str__()

class Denied(PermissionError):
    def __str__(self):
        return "denied: " + super().__str__()

class NoModule(ModuleNotFoundError):
    def __str__(self):
        return "no module: " + super().__str__()

class BadSyntax(SyntaxError):
    def __str__(self):
        return "bad: " + super().__str__()

print(Custom("bad"), repr(Custom(1, 2)))
print(Missing("key"), Missing("a", "b"))
print(Denied(13, "no access", "f.txt"))
print(NoModule("nope", name="m"))
print(BadSyntax("oops", ("f.py", 1, 2, "x y", 1, 3)))
print(Exception.__str__(KeyError("plain")), KeyError.__str__(KeyError("repr")))
print(BaseException.__str__(OSError(2, "gone", "g.txt")), OSError.__str__(OSError(2, "gone")))
try:
    KeyError.__str__(ValueError(1))
except TypeError as e:
    print(e)
print(sorted(c.__name__ for c in (BaseException, Exception, KeyError, OSError, ImportError, AttributeError, NameError, SyntaxError, UnicodeDecodeError, ValueError) if "__str__" in c.__dict__))

message = "the message"
error = ValueError(message)
text = str(error)
print(text is message, error.__str__() is message, f"{error}" is message, sys.getrefcount(message))
failed = ImportError("first")
failed.msg = "second"
print(failed, str(failed) is failed.msg, BaseException.__str__(failed))
print(repr(Custom()), Exception.__repr__(Missing("k")))
