# SyntaxError report: a walrus in a comprehension's iterable: carets under the assignment expression
[x for x in (y := [1])]
