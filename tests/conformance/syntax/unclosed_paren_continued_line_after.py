# An unclosed '(' over two lines, then a statement: the bracket is reported
x = (1 +
  2
y = 4
