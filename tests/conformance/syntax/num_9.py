# SyntaxError report: a hexadecimal prefix alone
x = 0x
