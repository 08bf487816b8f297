# Closures capture variables, not values: they see the latest binding.
def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs

print([f() for f in make()])

def make_fixed():
    def bind(i):
        return lambda: i
    return [bind(i) for i in range(3)]

print([f() for f in make_fixed()])
