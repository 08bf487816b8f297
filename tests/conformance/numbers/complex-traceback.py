# an uncaught complex division by zero: the traceback and its carets
def ratio(a, b):
    return a / b


z = 3 + 4j
print("%s" % z, "%r" % z, "%10s|" % z)
print(ratio(z, 2))
print(ratio(z, 0j))
