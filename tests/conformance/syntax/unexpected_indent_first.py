# SyntaxError report: an indented first statement: no caret line
  x = 1
