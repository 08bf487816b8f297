# SyntaxError report: an indent with a tab that is deeper only with 8-column tabs: TabError
if 1:
    x = 1
	y = 2
