# Generators chained into a pipeline process one item at a time.
def numbers():
    for n in range(1, 7):
        print("produce", n)
        yield n

def squares(items):
    for n in items:
        yield n * n

def only_even(items):
    for n in items:
        if n % 2 == 0:
            yield n

for value in only_even(squares(numbers())):
    print("got", value)
