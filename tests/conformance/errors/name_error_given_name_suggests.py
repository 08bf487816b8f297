# A NameError made with name= is offered a suggestion from the innermost frame's names, then globals, builtins
counter = 0


def compute(total):
    raise NameError("boom", name="totl")


try:
    raise NameError("no name")
except NameError as e:
    print(repr(e), e.name)
try:
    raise NameError("given", name="lenn")
except NameError as e:
    print(repr(e), e.name)
compute(5)
