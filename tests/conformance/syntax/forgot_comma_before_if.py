# SyntaxError report: an item then a conditional with no else: the missing comma is told before the missing else
x = [1 2 if y]
