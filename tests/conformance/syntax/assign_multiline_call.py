# SyntaxError report: assigning to a call written over two lines
f(1,
  2) = 3
