# SyntaxError report: an unmatched bracket after non-ASCII text on its line: the caret counts characters
prices = {"café": 2.5]
