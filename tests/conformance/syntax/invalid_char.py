# SyntaxError report: a '$' in an expression
x = 1 $ 2
