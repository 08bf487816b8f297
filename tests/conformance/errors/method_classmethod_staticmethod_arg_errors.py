# forgetting self, calling a method with the wrong count, classmethod and staticmethod counts
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(amount):
        pass
    def withdraw(self, amount):
        self.balance -= amount
    @classmethod
    def open(cls, owner):
        return cls(owner)
    @staticmethod
    def rate(years):
        return 0.01 * years

a = Account("ann")
for call in (lambda: a.withdraw(), lambda: a.withdraw(1, 2), lambda: Account.open(),
             lambda: Account.open("a", "b"), lambda: Account.rate(), lambda: a.rate(1, 2),
             lambda: Account(), lambda: Account("a", 1, 2), lambda: Account(owner="x", bal=3),
             lambda: Account.withdraw(5), lambda: a.open(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
a.deposit(10)
