# SyntaxError report: an unterminated single-quoted string
s = 'abc
