# SyntaxError report: a hexadecimal prefix without digits
x = 0xg
