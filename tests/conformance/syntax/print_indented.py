# SyntaxError report: Python 2 print statement with several values, indented: the carets shift with the stripped indentation
if True:
    print "hello", 1
