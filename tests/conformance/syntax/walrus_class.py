# SyntaxError report: a walrus in a comprehension in a class body
class A:
    [(z := 1) for i in range(3)]
