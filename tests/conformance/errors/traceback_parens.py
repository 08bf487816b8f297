# An operand in parentheses and a two-character operator
x = 10
y = None
print((x) ** y)
