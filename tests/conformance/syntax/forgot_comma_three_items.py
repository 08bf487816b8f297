# SyntaxError report: three items without commas: the carets cover the first two, as pegen parses the second without its invalid rules
x = [1 2 3]
