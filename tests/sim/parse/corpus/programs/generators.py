def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b

def chain(*its):
    for it in its:
        yield from it

print(list(chain(fib(5), 'ab')))
squares = {n: n * n for n in fib(6) if n}
print(squares)
