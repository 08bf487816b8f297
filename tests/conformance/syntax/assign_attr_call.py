# SyntaxError report: assigning to a method call
obj.method() = 5
