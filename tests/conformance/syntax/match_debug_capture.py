# SyntaxError report: capturing into __debug__
match 1:
    case [__debug__]:
        pass
