# TypeErrors of class patterns, caught, with CPython's messages; the match goes on to the next statement.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = ["x"]

class NotStrings:
    __match_args__ = (1,)

class Repeat:
    __match_args__ = ("x",)
    x = 1

def attempt(label, run):
    try:
        run()
    except TypeError as e:
        print(label, "->", e)

def positional_on_plain():
    match NoArgs():
        case NoArgs(1):
            pass

def too_many_for_int():
    match 5:
        case int(1, 2):
            pass

def list_args():
    match BadArgs():
        case BadArgs(1):
            pass

def non_string():
    match NotStrings():
        case NotStrings(1):
            pass

def repeated():
    match Repeat():
        case Repeat(1, x=1):
            pass

def not_a_class():
    match 5:
        case len():
            pass

for label, run in [("plain", positional_on_plain), ("int", too_many_for_int), ("list", list_args),
                   ("non-string", non_string), ("repeated", repeated), ("not a class", not_a_class)]:
    attempt(label, run)

class Two:
    __match_args__ = ("a", "b")
    a = b = 0
try:
    match Two():
        case Two(1, 2, 3):
            pass
except TypeError as e:
    print(e)
