# SyntaxError report: an unclosed '{' at the end of the file
d = {"a": 1,
