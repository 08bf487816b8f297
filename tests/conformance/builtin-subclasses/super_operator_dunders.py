# super() and list.X reach list's own operator dunders: __add__, __mul__, __rmul__, __iadd__, __imul__
class Logged(list):
    def __add__(self, other):
        print("Logged.__add__")
        return Logged(super().__add__(other))

    def __iadd__(self, other):
        print("Logged.__iadd__")
        return super().__iadd__(other)

    def __mul__(self, n):
        print("Logged.__mul__")
        return Logged(super().__mul__(n))

    def __rmul__(self, n):
        return Logged(super().__rmul__(n))

    def __imul__(self, n):
        print("Logged.__imul__")
        return super().__imul__(n)


x = Logged([1])
y = x + [2]
print(y, type(y).__name__, 2 * x, type(2 * x).__name__, x * 3)
alias = x
x += [5]
x *= 2
print(x, alias is x, type(x).__name__)
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__rmul__([3], 2), [].__iadd__((1, 2)), [7].__imul__(2))
for call in ("add", "mul", "iadd"):
    try:
        if call == "add":
            list.__add__([1], (2,))
        elif call == "mul":
            list.__mul__([1], "x")
        else:
            [].__iadd__(5)
    except TypeError as e:
        print(call, "->", e)
print(list.__add__, [].__iadd__ is not None)
