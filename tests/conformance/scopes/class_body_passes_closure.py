# A class body that assigns a name still passes the enclosing function's variable of that name to its methods
def make():
    label = "from make()"
    class Holder:
        label = "class attribute"
        def read(self):
            return label
        class Inner:
            def read(self):
                return label
    return Holder

Holder = make()
print(Holder.label, "|", Holder().read(), "|", Holder.Inner().read())

def outer():
    zeta = "z"
    alpha = "a"
    middle = "m"
    def inner():
        return zeta + alpha + middle
    return inner

inner = outer()
print(inner.__code__.co_freevars, [cell.cell_contents for cell in inner.__closure__])
