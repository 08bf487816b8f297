# a def binding __debug__ as a parameter: the SyntaxError points at the whole def
def f(a,
      __debug__=1):
    return a
