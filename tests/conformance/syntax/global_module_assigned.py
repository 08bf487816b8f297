# SyntaxError report: global at module level after an assignment
x = 1
global x
