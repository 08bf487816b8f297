# SyntaxError report: two values side by side: 'invalid syntax' under the second
x = 1 2
