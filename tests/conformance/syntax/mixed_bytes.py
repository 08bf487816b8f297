# SyntaxError report: bytes and str literals side by side: the caret after them
x = b"a" "b"
