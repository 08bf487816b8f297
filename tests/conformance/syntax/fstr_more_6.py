# SyntaxError report: an empty f-string field in strings concatenated over two lines
y = (f"{}"
     "x")
