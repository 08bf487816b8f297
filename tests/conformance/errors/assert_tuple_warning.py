# An assert on a parenthesised tuple is always true: the compiler warns (SyntaxWarning) before the program runs.
x = 5


def check(value):
    assert (value, [1][5])
    return value


assert (x, "x must be positive")
assert (x > 10, "never checked")
assert (x,)
print(check(3))
assert ()  # the empty tuple is false: no warning, and the assert fails
