# An unclosed '{' followed by a comment and a statement
s = {1, 2
# comment
t = 3
