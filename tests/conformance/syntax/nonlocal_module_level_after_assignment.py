# SyntaxError report: a module-level nonlocal of a name assigned before it is told as assigned before the declaration (symtable visit), not as at module level
x = 1
nonlocal x
