# Importing a submodule of a module that is no package: the parent is imported first, then ModuleNotFoundError "'math' is not a package" with name set; a name a module lacks gives ImportError whose name is the module's __name__.
import sys
for n in ("math.sub", "gc.x", "random.a.b"):
    try:
        __import__(n)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from random import nothing
except ImportError as e:
    print(e.name)
try:
    from sys import nothing
except ImportError as e:
    print(e, e.name, e.path)
import math.sub
