# SyntaxError report: nonlocal at module level
nonlocal x
