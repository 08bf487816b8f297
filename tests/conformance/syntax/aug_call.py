# SyntaxError report: augmented assignment to a call
f() += 1
