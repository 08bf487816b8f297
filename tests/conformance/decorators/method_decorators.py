# Decorating methods: the wrapper receives self as its first argument.
def logged(method):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account()
acct.deposit(10)
print(acct.deposit(5))
