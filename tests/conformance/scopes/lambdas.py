# Lambdas with defaults, in map/filter/sorted, and immediately called.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "now")())
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(add.__name__)
