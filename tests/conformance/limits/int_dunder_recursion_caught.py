# int recursion caught
class A:
    def __int__(self):
        return int(self)
try:
    int(A())
except RecursionError:
    print("caught")
