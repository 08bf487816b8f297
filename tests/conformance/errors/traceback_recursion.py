# Unbounded recursion: the repeated frame line is printed three times, then counted
def countdown(n):
    return countdown(n - 1) + 1


countdown(10)
