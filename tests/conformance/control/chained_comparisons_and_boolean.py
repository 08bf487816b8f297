# Chained comparisons evaluate the middle once; and/or return operands.
def v(x):
    print("eval", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(0 or "default", "" or [] or None, 1 and "yes", 0 and 1 / 0, not 0)
x = 5
print(1 < x <= 5, 1 < x < 5, x == 5 != 6)
