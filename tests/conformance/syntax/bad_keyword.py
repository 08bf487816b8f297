# SyntaxError report: a keyword where a value should be: carets under the keyword
x = class
