# SyntaxError report: a dedent with a tab that matches an outer level only with 8-column tabs: TabError
if 1:
        x = 1
	y = 2
