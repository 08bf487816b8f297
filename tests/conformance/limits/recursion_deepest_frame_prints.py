# the deepest frame of an unbounded recursion fails where python3's does: printing an int counts PyObject_Str's level
def countdown(n):
    print(n)
    countdown(n - 1)
countdown(10**6)
