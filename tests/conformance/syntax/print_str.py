# SyntaxError report: Python 2 print statement: carets under the whole statement
print "x"
