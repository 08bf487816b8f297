# SyntaxError report: a walrus in an inner loop's iterable
[i for i in range(3) for i in (j := [1])]
