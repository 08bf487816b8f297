# SyntaxError report: the symtable reports a module-level nonlocal before the compiler reports a return outside a function on an earlier line
return 5
nonlocal x
