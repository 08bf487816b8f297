# SyntaxError report: an unindent mismatch on a last line without a newline
if 1:
        x = 1
    y = 2