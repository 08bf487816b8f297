# An infinite generator consumed lazily with zip and a manual limit.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(count, iterable):
    for i, item in zip(range(count), iterable):
        yield item

print(list(take(5, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
