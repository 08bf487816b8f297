# str() and str.__str__ of str subclasses
class S(str):
    pass
class T(str):
    def __str__(self):
        return "T!" + super().__str__()
s = S("abc")
print(type(str(s)).__name__, str(s), type(str.__str__(s)).__name__, type(s.__str__()).__name__)
print(str(T("x")), str.__str__(T("y")), f"{T('z')}", "%s" % T("w"), format(T("v")))
x = "plain"
print(str.__str__(x) is x, str(x) is x)
