# SyntaxError report: an unterminated triple-quoted string (detected at the last line)
s = """abc
de
