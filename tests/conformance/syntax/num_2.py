# SyntaxError report: letters after a hexadecimal literal's digits
x = 0x1g
