# SyntaxError report: a ')' with nothing to close
)
