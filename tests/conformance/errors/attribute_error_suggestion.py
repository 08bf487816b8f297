# An uncaught AttributeError offers the nearest of dir(obj): an instance's attributes and its class's.
class Account:
    def __init__(self):
        self.balance = 10
    def deposit(self, n):
        self.balance += n

a = Account()
try:
    a.deposti(5)
except AttributeError as e:
    print("caught:", e)
a.blance
