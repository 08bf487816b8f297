# divmod() calls __divmod__/__rdivmod__ and reversed() __reversed__ or the sequence protocol, in CPython's order
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __divmod__(self, other):
        print("Money.__divmod__", other)
        return divmod(self.cents, other)
    def __rdivmod__(self, other):
        print("Money.__rdivmod__", other)
        return ("r", other)
    def __floordiv__(self, other):
        print("never used by divmod")
        return 0

print(divmod(Money(1050), 100))
print(divmod(7, Money(3)))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len")
        return self.n
    def __getitem__(self, i):
        print("getitem", i)
        if i == 2:
            raise IndexError(i)
        return i * 10

for item in reversed(Countdown(4)):
    print("item", item)
for item in reversed(Countdown(2)):
    print("item", item)

class Backwards:
    def __reversed__(self):
        print("__reversed__")
        return iter([3, 2, 1])

print(list(reversed(Backwards())))
for name, value in [("zero", 0), ("float", 0.0)]:
    try:
        divmod(1, value)
    except ZeroDivisionError as error:
        print(name, error)
