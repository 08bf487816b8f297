# A class with __iter__ and __next__ works in for loops and list().
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
print(list(Countdown(5)), sum(Countdown(4)))
it = Countdown(1)
print(next(it), next(it, "done"))
