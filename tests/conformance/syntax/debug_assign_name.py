# assigning to __debug__ is the compiler's SyntaxError, at the name
x = 1
__debug__ = x
