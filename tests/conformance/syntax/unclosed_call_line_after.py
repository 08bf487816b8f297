# An unclosed call with a line after it: the bracket is reported, not the comma hint
f(1, 2
z = 3
