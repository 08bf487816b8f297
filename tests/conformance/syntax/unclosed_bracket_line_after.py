# An unclosed '[' with a line after it: pegen compares the bracket's line with the last token it read, not with the comma hint's line
x = [1, 2
y = 3
