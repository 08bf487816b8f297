# SyntaxError report: a Python 2 print statement whose values go on over two lines: carets to the end of the first
print "a", (1,
 2)
