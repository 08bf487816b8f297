# SyntaxError report: a repeated keyword argument on the second line of a call
f(a=1,
  a=2)
