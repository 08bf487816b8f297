# a str subclass's instance given to getattr, setattr, hasattr and delattr reaches the hooks as it is
class S(str):
    pass
class A:
    def __getattr__(self, n):
        return type(n).__name__
    def __setattr__(self, n, v):
        print("setattr", type(n).__name__, n, v)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print("delattr", type(n).__name__)
        object.__delattr__(self, n)
a = A()
print(getattr(a, S("x")), getattr(a, S("y"), 0), hasattr(a, S("z")))
setattr(a, S("k"), 1)
print(a.k, getattr(a, S("k")), vars(a))
delattr(a, S("k"))
print(vars(a))
