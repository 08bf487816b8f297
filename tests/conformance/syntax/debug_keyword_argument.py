# __debug__ as a keyword argument: the SyntaxError points at the call
print(1, __debug__=2)
