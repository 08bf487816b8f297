# Carets under a failing binary operation inside a call: the operator marked ^, its operands ~
def add(a, b):
    return a  +  b


def total(items):
    return sum(items) // add(items[0], "x")


print("start")
print(total([1, 2]))
