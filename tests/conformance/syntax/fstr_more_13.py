# SyntaxError report: an unmatched ')' in an f-string field
y = f"{)}"
