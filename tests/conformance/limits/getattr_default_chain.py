# scopes chained 600 deep, looked up with getattr defaults and hasattr
class Scope:
    def __init__(self, parent=None, **kw):
        self.parent = parent
        self.__dict__.update(kw)
    def __getattr__(self, name):
        if self.parent is None:
            raise AttributeError(name)
        return getattr(self.parent, name, "missing")
s = Scope(x=1)
for i in range(600):
    s = Scope(s)
print(s.x, s.y)
print(hasattr(s, "x"))
