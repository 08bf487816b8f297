# SyntaxError report: Python 2 exec statement
exec "code"
