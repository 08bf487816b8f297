# SyntaxError report: 'return' at module level: carets under the whole statement
return 1
