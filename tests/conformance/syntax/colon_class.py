# SyntaxError report: a missing ':' after a class header
class A
    pass
