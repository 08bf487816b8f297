# object.__new__ and object.__init__ refuse extra arguments as object_new/object_init decide (excess_args)
class Neither:
    pass

class OnlyInit:
    def __init__(self, x):
        self.x = x

class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)

class NewPassesArgs:
    def __new__(cls, x):
        return super().__new__(cls, x)

class InitPassesArgs:
    def __init__(self, x):
        super().__init__(x)

class Both:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        pass

def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "-> TypeError:", e)

attempt("Neither()", lambda: Neither())
attempt("Neither(1)", lambda: Neither(1))
attempt("Neither(k=1)", lambda: Neither(k=1))
attempt("OnlyInit(1)", lambda: OnlyInit(1))
attempt("OnlyNew(1)", lambda: OnlyNew(1))
attempt("NewPassesArgs(1)", lambda: NewPassesArgs(1))
attempt("InitPassesArgs(1)", lambda: InitPassesArgs(1))
attempt("Both(1, 2)", lambda: Both(1, 2))
attempt("object.__new__(Neither)", lambda: object.__new__(Neither))
attempt("object.__new__(Neither, 1)", lambda: object.__new__(Neither, 1))
attempt("object.__new__(OnlyInit, 1)", lambda: object.__new__(OnlyInit, 1))
attempt("object.__new__(OnlyNew, 1)", lambda: object.__new__(OnlyNew, 1))
attempt("object.__new__(Both, 1)", lambda: object.__new__(Both, 1))
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(5)", lambda: object.__new__(5))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(ValueError)", lambda: object.__new__(ValueError))
attempt("int.__new__(Neither)", lambda: int.__new__(Neither))
attempt("object.__init__(Neither(), 1)", lambda: object.__init__(Neither(), 1))
attempt("object.__init__(OnlyNew(1), 1)", lambda: object.__init__(OnlyNew(1), 1))
attempt("object.__init__(OnlyInit(1), 1)", lambda: object.__init__(OnlyInit(1), 1))
attempt("OnlyNew(1).__init__(1, 2)", lambda: OnlyNew(1).__init__(1, 2))
attempt("object()", lambda: object())
attempt("object(1)", lambda: object(1))
