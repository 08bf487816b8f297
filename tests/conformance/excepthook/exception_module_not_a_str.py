# An exception class whose __module__ is not a str prints as <unknown>.Name in a traceback and <unknown>Name (no dot) in an unraisable report; a dotted module name prints in full.
import sys
class E(Exception): pass
E.__module__ = None
class F(Exception): pass
F.__module__ = "pkg.mod"
class G(Exception): pass
G.__module__ = 5
class D:
    def __del__(self): raise E("in del")
D()
class D2:
    def __del__(self): raise G("in del")
D2()
sys.excepthook(E, E("x"), None)
sys.excepthook(F, F("y"), None)
raise E("n")
