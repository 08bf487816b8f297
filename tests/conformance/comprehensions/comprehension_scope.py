# A comprehension has its own scope: its loop variable does not leak.
x = "outer"
result = [x for x in range(3)]
print(result, x)
n = 10
print([n + i for i in range(3)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
