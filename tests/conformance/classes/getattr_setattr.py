# getattr, setattr, hasattr, delattr and vars on instances.
class Config:
    pass

c = Config()
setattr(c, "debug", True)
setattr(c, "level", 3)
print(getattr(c, "debug"), getattr(c, "missing", "default"), hasattr(c, "level"))
delattr(c, "level")
print(hasattr(c, "level"), vars(c))
for name in ["alpha", "beta"]:
    setattr(c, name, name.upper())
print(sorted(vars(c).items()))
getattr(c, "missing")
