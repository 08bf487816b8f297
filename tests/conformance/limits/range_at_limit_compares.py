# for loop over range inside runaway recursion
def f(n):
    for i in range(2):
        f(n + 1)
f(0)
