# SyntaxError report: assigning to a string literal
"a" = x
