# Division by zero ends the program with ZeroDivisionError.
def ratio(a, b):
    return a / b

print(ratio(6, 3))
print(ratio(1, 0))
