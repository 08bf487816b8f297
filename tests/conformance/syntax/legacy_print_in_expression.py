# Python 2's print inside an expression: python3 says Missing parentheses over the whole of it
values = [1, 2]
total = print 'sum:', sum(values)
