# A bytes literal with a bad \x escape: the position is where the backslash stands in the literal
data = b"\n\t\x4g"
