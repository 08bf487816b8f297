# SyntaxError report: nonlocal with two names at module level
nonlocal x, y
