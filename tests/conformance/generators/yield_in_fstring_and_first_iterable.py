# Where a comprehension may yield: its first iterable runs in the function, a lambda is its own scope, and f-string fields yield too
def labels():
    got = yield "ready"
    while got is not None:
        got = yield f"<{(yield got.upper())}>"

g = labels()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))

def first_iterable():
    total = [x * 2 for x in (yield "give me a list")]
    yield total

h = first_iterable()
print(next(h))
print(h.send([1, 2, 3]))

def lambdas():
    makers = [lambda: (yield i) for i in range(2)]
    return [list(m()) for m in makers]

print(lambdas())
print(type(lambdas).__name__, [type(f()).__name__ for f in [lambda: (yield)]])
