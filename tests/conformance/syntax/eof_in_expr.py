# SyntaxError report: an open bracket at the end of the file
x = (
