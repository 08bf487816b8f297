# throw() raises an exception at the yield; the generator may handle it and continue.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)

g = resilient()
print(next(g))
print(g.throw(ValueError("bad input")))
print(next(g))
g.throw(KeyError("fatal"))
