# Float overflow in exponentiation raises OverflowError.
print(2.0 ** 100)
print(10 ** 400 > 0)
print(2.0 ** 10000)
