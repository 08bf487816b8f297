# SyntaxError report: an if body that is not indented
if x:
pass
