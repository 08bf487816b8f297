# SyntaxError report: an octal literal ending with an underscore
x = 0o17_
