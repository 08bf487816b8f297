# int() of a non-number raises ValueError with the repr of the string.
print(int("42"))
print(int("forty-two"))
