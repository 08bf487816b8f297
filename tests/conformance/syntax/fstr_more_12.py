# SyntaxError report: f-string fields nested three deep
y = f"{a:{b:{c}}}"
