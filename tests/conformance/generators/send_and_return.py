# send() passes values into a generator; return becomes StopIteration.value.
def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

g = running_total()
print(next(g))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
