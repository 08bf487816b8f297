# Calling the singletons' types returns the singleton: type(None)() is None, type(...)(), type(NotImplemented)(); with arguments they refuse
print(type(None)(), type(...)(), type(NotImplemented)())
try:
    type(None)(1)
except TypeError as e: print(e)
print(type(None).__new__(type(None)))
try:
    type(...)(x=1)
except TypeError as e: print(e)
