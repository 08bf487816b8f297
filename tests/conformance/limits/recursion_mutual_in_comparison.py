# infinite mutual recursion through `n == 0 or f()`: the comparison (no jump follows) is the level past the limit, "in comparison"
def is_even(n):
    return n == 0 or is_odd(n - 1)
def is_odd(n):
    return n != 0 and is_even(n - 1)
print(is_even(10))
print(is_even(-1))
