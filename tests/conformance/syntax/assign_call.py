# SyntaxError report: assigning to a call: carets under the call, with the '==' hint
f() = 3
