# SyntaxError report: an indentation that mixes tabs and spaces inconsistently: TabError
if 1:
	x = 1
        y = 2
